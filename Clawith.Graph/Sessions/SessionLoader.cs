using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Sessions;

/// <summary>Sessions by id, in one query per batch; the authorization check and the resolver share the row.</summary>
public sealed class SessionLoader(IDbContextFactory<ClawithDbContext> contexts) : RowsByIdLoader<ChatSession>(contexts)
{
    protected override IQueryable<ChatSession> Find(ClawithDbContext db, IReadOnlyList<Guid> ids) =>
        db.ChatSessions.Where(s => ids.Contains(s.Id));

    protected override Guid IdOf(ChatSession session) => session.Id;
}
