using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Agents;

/// <summary>An agent and whether a permission row shares it with a user: the facts of the seed's check_agent_access.</summary>
public sealed record AgentGrant(Agent Agent, bool SharedWithUser);

/// <summary>
/// Loads an agent together with its sharing for one user in a single query, and primes
/// <see cref="AgentLoader"/> with the row so later fields of the same request do not fetch it again.
/// </summary>
public sealed class AgentGrantLoader(IDbContextFactory<ClawithDbContext> contexts, AgentLoader agents)
    : BatchLoader<(Guid AgentId, Guid UserId), AgentGrant?>
{
    protected override async Task<IReadOnlyDictionary<(Guid AgentId, Guid UserId), AgentGrant?>> FetchAsync(
        IReadOnlyList<(Guid AgentId, Guid UserId)> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = new Dictionary<(Guid, Guid), AgentGrant?>();
        // Batches hold one caller in practice; grouping keeps the query parameterised by a single user.
        foreach (var byUser in keys.GroupBy(k => k.UserId))
        {
            var agentIds = byUser.Select(k => k.AgentId).ToList();
            var rows = await db.Agents.AsNoTracking()
                .Where(a => agentIds.Contains(a.Id))
                .Select(a => new
                {
                    Agent = a,
                    Shared = db.AgentPermissions.Any(p => p.AgentId == a.Id
                        && (p.ScopeType == PermissionScope.Company || (p.ScopeType == PermissionScope.User && p.ScopeId == byUser.Key))),
                })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                agents.Prime(row.Agent.Id, row.Agent);
                found[(row.Agent.Id, byUser.Key)] = new AgentGrant(row.Agent, row.Shared);
            }
        }
        return found;
    }
}
