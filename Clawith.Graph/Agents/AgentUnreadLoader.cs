using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.DataLoading;
using Clawith.Graph.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Agents;

/// <summary>An agent, and the caller (with their tenant) whose unread messages with it are counted.</summary>
public sealed record AgentUnreadKey(Guid AgentId, Guid UserId, Guid TenantId);

/// <summary>
/// Clawith 251aeba8's sidebar badge of an agent (RULES L10): the caller's unread messages over their sessions with
/// the agent in their tenant that are not group chats nor agent or trigger channel ones, counted as a session's
/// (<see cref="SessionUnreadLoader.UnreadOf"/>). Unlike Clawith's, soft-deleted sessions do not count: Clawith's
/// query forgets deleted_at, so a deleted session's unread messages keep its badge lit with nothing to open.
/// One statement per batch.
/// </summary>
public sealed class AgentUnreadLoader(IDbContextFactory<ClawithDbContext> contexts) : BatchLoader<AgentUnreadKey, int>
{
    protected override async Task<IReadOnlyDictionary<AgentUnreadKey, int>> FetchAsync(IReadOnlyList<AgentUnreadKey> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var values = new List<object>();
        var wanted = keys.Select(key =>
        {
            var first = values.Count;
            values.AddRange([
                db.Stored<ChatSession>(nameof(ChatSession.AgentId), key.AgentId), db.Stored<ChatSession>(nameof(ChatSession.UserId), key.UserId),
                db.Stored<ChatSession>(nameof(ChatSession.TenantId), key.TenantId),
            ]);
            return $"(s.\"agent_id\" = {{{first}}} AND s.\"user_id\" = {{{first + 1}}} AND s.\"tenant_id\" = {{{first + 2}}})";
        }).ToList();
        // Every value is a placeholder: the statement holds only this class's own text.
        var sql = $"""
            SELECT s."agent_id", s."user_id", s."tenant_id", COUNT(m."id")
            FROM "chat_sessions" AS s JOIN "chat_messages" AS m ON {SessionUnreadLoader.UnreadOf}
            WHERE ({string.Join(" OR ", wanted)})
              AND s."is_group" = false AND s."source_channel" NOT IN ('agent', 'trigger') AND s."deleted_at" IS NULL
            GROUP BY s."agent_id", s."user_id", s."tenant_id"
            """;
        var rows = await db.ListAsync(sql, [.. values],
            row => (Key: new AgentUnreadKey(row.Id(0), row.Id(1), row.Id(2)), Count: Convert.ToInt32(row.GetValue(3))), cancellationToken);
        return rows.ToDictionary(r => r.Key, r => r.Count);
    }
}
