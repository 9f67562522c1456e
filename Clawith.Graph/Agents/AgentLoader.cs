using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Agents;

/// <summary>Agents by id, in one query per batch.</summary>
public sealed class AgentLoader(IDbContextFactory<ClawithDbContext> contexts) : BatchLoader<Guid, Agent?>
{
    protected override async Task<IReadOnlyDictionary<Guid, Agent?>> FetchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Agents.AsNoTracking()
            .Where(a => keys.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => (Agent?)a, cancellationToken);
    }
}
