using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Sessions;

/// <summary>
/// Sessions by id, in one query per batch, among those the generation lets this server find
/// (<see cref="ISessionRules.Findable"/>); the authorization check and the resolver share the row.
/// </summary>
public sealed class SessionLoader(IDbContextFactory<ClawithDbContext> contexts, ISessionRules rules) : RowsByIdLoader<ChatSession>(contexts)
{
    protected override IQueryable<ChatSession> Find(ClawithDbContext db, IReadOnlyList<Guid> ids) =>
        rules.Findable(db).Where(s => ids.Contains(s.Id));

    protected override Guid IdOf(ChatSession session) => session.Id;
}
