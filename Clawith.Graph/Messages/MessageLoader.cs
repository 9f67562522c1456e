using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Messages;

/// <summary>Messages by id, in one query per batch: what a messageAdded event names.</summary>
public sealed class MessageLoader(IDbContextFactory<ClawithDbContext> contexts) : RowsByIdLoader<ChatMessage>(contexts)
{
    protected override IQueryable<ChatMessage> Find(ClawithDbContext db, IReadOnlyList<Guid> ids) =>
        db.ChatMessages.Where(m => ids.Contains(m.Id));

    protected override Guid IdOf(ChatMessage message) => message.Id;
}
