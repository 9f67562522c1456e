using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Agents;

/// <summary>An agent and whether a permission row shares it with a user: the facts of an agent access decision.</summary>
public sealed record AgentGrant(Agent Agent, bool SharedWithUser);

/// <summary>
/// Loads an agent together with its sharing for one user in a single query (<see cref="IAgentGrantSql"/>, the
/// generation's), and primes <see cref="AgentLoader"/> with the row so later fields of the same request do not fetch it again.
/// </summary>
public sealed class AgentGrantLoader(IDbContextFactory<ClawithDbContext> contexts, AgentLoader agents, IAgentGrantSql sql)
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
            object[] values = [db.Stored<AgentPermission>(nameof(AgentPermission.ScopeId), byUser.Key), .. byUser.Select(k => db.Stored<Agent>(nameof(Agent.Id), k.AgentId))];
            var grants = await db.ListAsync(sql.Grants(values.Length - 1), values, sql.Read, cancellationToken);
            foreach (var grant in grants)
            {
                agents.Prime(grant.Agent.Id, grant.Agent);
                found[(grant.Agent.Id, byUser.Key)] = grant;
            }
        }
        return found;
    }
}
