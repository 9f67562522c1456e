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
    private static readonly string Company = StorageConventions.ToSnakeCase(nameof(PermissionScope.Company));
    private static readonly string ToUser = StorageConventions.ToSnakeCase(nameof(PermissionScope.User));

    /// <summary>
    /// Every request on an agent asks it, so it is one hand-written statement rather than a LINQ query
    /// translated each time: the agents {1}… and whether a permission row shares each with the user {0}
    /// (company-wide, or to that user).
    /// </summary>
    private static string GrantsSql(int agentCount) => $$"""
        SELECT {{AgentRow.Columns("a")}}, EXISTS (SELECT 1 FROM "agent_permissions" AS p WHERE p."agent_id" = a."id"
          AND (p."scope_type" = '{{Company}}' OR (p."scope_type" = '{{ToUser}}' AND p."scope_id" = {0})))
        FROM "agents" AS a WHERE a."id" IN ({{HandWrittenQuery.Placeholders(1, agentCount)}})
        """;

    protected override async Task<IReadOnlyDictionary<(Guid AgentId, Guid UserId), AgentGrant?>> FetchAsync(
        IReadOnlyList<(Guid AgentId, Guid UserId)> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = new Dictionary<(Guid, Guid), AgentGrant?>();
        // Batches hold one caller in practice; grouping keeps the query parameterised by a single user.
        foreach (var byUser in keys.GroupBy(k => k.UserId))
        {
            object[] values = [db.Stored<AgentPermission>(nameof(AgentPermission.ScopeId), byUser.Key), .. byUser.Select(k => db.Stored<Agent>(nameof(Agent.Id), k.AgentId))];
            var grants = await db.ListAsync(GrantsSql(values.Length - 1), values, row => new AgentGrant(AgentRow.Read(row, 0)!, row.GetBoolean(AgentRow.ColumnCount)), cancellationToken);
            foreach (var grant in grants)
            {
                agents.Prime(grant.Agent.Id, grant.Agent);
                found[(grant.Agent.Id, byUser.Key)] = grant;
            }
        }
        return found;
    }
}
