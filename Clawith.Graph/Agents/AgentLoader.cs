using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Agents;

/// <summary>Agents by id, in one query per batch.</summary>
public sealed class AgentLoader(IDbContextFactory<ClawithDbContext> contexts) : RowsByIdLoader<Agent>(contexts)
{
    protected override IQueryable<Agent> Find(ClawithDbContext db, IReadOnlyList<Guid> ids) => db.Agents.Where(a => ids.Contains(a.Id));

    protected override Guid IdOf(Agent agent) => agent.Id;
}
