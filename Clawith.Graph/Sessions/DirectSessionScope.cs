using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Sessions;

/// <summary>
/// One user's direct sessions with one agent in one tenant (251aeba8), where primary sessions are elected
/// (RULES C3, C4, D3, P1, P2): the writers of the scope take turns on Clawith's own advisory lock, and the
/// "best" session is the first in the listing order (L4).
/// </summary>
public sealed class DirectSessionScope(ClawithDbContext db, Guid tenantId, Guid agentId, Guid userId)
{
    private const string BestFirst = "(last_message_at IS NULL), last_message_at DESC, created_at DESC, id DESC";

    /// <summary>
    /// Clawith's <c>pg_advisory_xact_lock(hashtextextended('direct:&lt;tenant&gt;:&lt;agent&gt;:&lt;user&gt;', 0))</c>, held to the
    /// transaction's end, so this server and Clawith serialize the scope's primary changes alike. SQLite's
    /// transactions hold the file's one write lock from their start: nothing more is needed there.
    /// </summary>
    public async Task LockAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtextextended({0}, 0))",
                [$"direct:{tenantId}:{agentId}:{userId}"], cancellationToken);
    }

    /// <summary>The scope's active primary session, and its best active session (the first in listing order), as ids.</summary>
    public async Task<(Guid? Primary, Guid? Best)> ReadAsync(CancellationToken cancellationToken) =>
        (await db.ListAsync($"""
            SELECT (SELECT id FROM chat_sessions WHERE {Active} AND is_primary = true LIMIT 1),
                   (SELECT id FROM chat_sessions WHERE {Active} ORDER BY {BestFirst} LIMIT 1)
            """, Values, row => (row.IdOrNull(0), row.IdOrNull(1)), cancellationToken)).Single();

    /// <summary>Makes <paramref name="sessionId"/> the scope's primary session.</summary>
    public Task PromoteAsync(Guid sessionId, DateTime now, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("UPDATE chat_sessions SET is_primary = true, updated_at = {0} WHERE id = {1}",
            [db.Stored<ChatSession>(nameof(ChatSession.UpdatedAt), now), db.Stored<ChatSession>(nameof(ChatSession.Id), sessionId)], cancellationToken);

    /// <summary>The scope's active direct sessions (Clawith's _active_direct_sessions), for placeholders {0}–{2}.</summary>
    private const string Active =
        "tenant_id = {0} AND agent_id = {1} AND user_id = {2} AND session_type = 'direct' AND deleted_at IS NULL";

    private object[] Values =>
    [
        db.Stored<ChatSession>(nameof(ChatSession.TenantId), tenantId),
        db.Stored<ChatSession>(nameof(ChatSession.AgentId), agentId),
        db.Stored<ChatSession>(nameof(ChatSession.UserId), userId),
    ];
}
