using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
using System.Data.Common;

namespace Clawith.Graph.Agents;

/// <summary>
/// The statement that reads what an agent access decision needs: the agents {1}… and whether a permission
/// row shares each with the caller {0}. Every request on an agent asks it, so it is hand-written.
/// </summary>
public interface IAgentGrantSql
{
    string Grants(int agentCount);

    AgentGrant Read(DbDataReader row);
}

/// <summary>225b36fd: a company-wide row, or a user row naming the caller, shares the agent (Clawith's REST module's check_agent_access).</summary>
public sealed class AgentGrantSql225b36fd : IAgentGrantSql
{
    private static readonly string Company = StorageConventions.ToSnakeCase(nameof(PermissionScope.Company));
    private static readonly string ToUser = StorageConventions.ToSnakeCase(nameof(PermissionScope.User));

    public string Grants(int agentCount) => $$"""
        SELECT {{AgentRow.Columns("a")}}, EXISTS (SELECT 1 FROM "agent_permissions" AS p WHERE p."agent_id" = a."id"
          AND (p."scope_type" = '{{Company}}' OR (p."scope_type" = '{{ToUser}}' AND p."scope_id" = {0})))
        FROM "agents" AS a WHERE a."id" IN ({{StatementRunner.Placeholders(1, agentCount)}})
        """;

    public AgentGrant Read(DbDataReader row) => new(AgentRow.Read(row, 0)!, row.GetBoolean(AgentRow.ColumnCount));
}

/// <summary>
/// 251aeba8: the agent's tenant, soft deletion and access_mode too; a user row naming the caller with
/// 'use' or 'manage' shares it (in custom mode: RULES A7, A8; agent_dao.get_user_permission).
/// </summary>
public sealed class AgentGrantSql251aeba8 : IAgentGrantSql
{
    private static readonly string ToUser = StorageConventions.ToSnakeCase(nameof(PermissionScope.User));
    private const int TenantColumn = AgentRow.ColumnCount, DeletedColumn = TenantColumn + 1, ModeColumn = DeletedColumn + 1, SharedColumn = ModeColumn + 1;

    public string Grants(int agentCount) => $$"""
        SELECT {{AgentRow.Columns("a")}}, a."tenant_id", a."deleted_at", a."access_mode",
          EXISTS (SELECT 1 FROM "agent_permissions" AS p WHERE p."agent_id" = a."id"
            AND p."scope_type" = '{{ToUser}}' AND p."scope_id" = {0} AND p."access_level" IN ('use', 'manage'))
        FROM "agents" AS a WHERE a."id" IN ({{StatementRunner.Placeholders(1, agentCount)}})
        """;

    public AgentGrant Read(DbDataReader row)
    {
        var agent = AgentRow.Read(row, 0)!;
        agent.TenantId = row.IdOrNull(TenantColumn);
        agent.DeletedAt = row.TimeOrNull(DeletedColumn);
        agent.AccessMode = row.TextOrNull(ModeColumn);
        return new AgentGrant(agent, row.GetBoolean(SharedColumn));
    }
}
