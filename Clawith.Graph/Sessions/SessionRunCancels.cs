using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Sessions;

/// <summary>
/// What deleting a session asks of Clawith's runtime (251aeba8, RULES D4): a 'cancel' command for each of
/// the session's foreground and orchestration runs and, recursively, their delegated children, as
/// enqueue_session_deletion_cancels writes them (payload {"reason": "session_deleted"}, idempotency key
/// 'session-delete:&lt;session&gt;:run:&lt;run&gt;', the deleting user as actor). A command already queued under
/// that key stays as it is (ON CONFLICT DO NOTHING: Clawith's enqueue is idempotent). The tree is walked with
/// UNION, not Clawith's UNION ALL, so a cycle of parent links another writer left cannot make it endless.
/// </summary>
public static class SessionRunCancels
{
    private const string Tree = """
        WITH RECURSIVE tree(run_id) AS (
            SELECT r.id FROM agent_runs AS r
            WHERE r.tenant_id = {0} AND r.session_id = {1} AND r.run_kind IN ('foreground', 'orchestration')
            UNION
            SELECT r.id FROM agent_runs AS r JOIN tree AS t ON r.parent_run_id = t.run_id
            WHERE r.tenant_id = {0} AND r.run_kind = 'delegated')
        SELECT r.id FROM agent_runs AS r JOIN tree AS t ON r.id = t.run_id WHERE r.tenant_id = {0} ORDER BY r.created_at, r.id
        """;

    /// <summary>Queues the cancels in the caller's transaction; the runs cancelled, in the order Clawith queues them.</summary>
    public static async Task<IReadOnlyList<Guid>> EnqueueAsync(
        ClawithDbContext db, Guid tenantId, Guid sessionId, Guid actorUserId, DateTime now, CancellationToken cancellationToken)
    {
        var tenant = db.Stored<AgentRun>(nameof(AgentRun.TenantId), tenantId);
        var runs = await db.ListAsync(Tree, [tenant, db.Stored<AgentRun>(nameof(AgentRun.SessionId), sessionId)], row => row.Id(0), cancellationToken);
        if (runs.Count == 0)
            return runs;
        var values = new List<object>();
        var rows = runs.Select(run =>
        {
            var first = values.Count;
            values.AddRange([
                Stored(db, nameof(AgentRunCommand.Id), Guid.NewGuid()), tenant, Stored(db, nameof(AgentRunCommand.RunId), run),
                Stored(db, nameof(AgentRunCommand.ActorUserId), actorUserId), $"session-delete:{sessionId}:run:{run}",
                db.Stored<AgentRunCommand>(nameof(AgentRunCommand.CreatedAt), now),
            ]);
            // The payload is a literal ({{ }} are a brace each): PostgreSQL takes it as jsonb, SQLite as text.
            return $"({{{first}}}, {{{first + 1}}}, {{{first + 2}}}, 'cancel', '{{{{\"reason\": \"session_deleted\"}}}}', {{{first + 3}}}, {{{first + 4}}}, 'pending', 0, {{{first + 5}}})";
        }).ToList();
        // Every value is a placeholder: the statement holds only this class's own text.
        var insert = "INSERT INTO agent_run_commands (id, tenant_id, run_id, command_type, payload, actor_user_id, idempotency_key, "
            + "status, attempt_count, created_at) VALUES " + string.Join(", ", rows) + " ON CONFLICT (run_id, idempotency_key) DO NOTHING";
        await db.Database.ExecuteSqlRawAsync(insert, values, cancellationToken);
        return runs;
    }

    private static object Stored(ClawithDbContext db, string property, Guid id) => db.Stored<AgentRunCommand>(property, id);
}
