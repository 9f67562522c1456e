using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Sessions;

/// <summary>
/// Clawith 251aeba8's unread count of a session (RULES L6): in an active direct session, the messages of the
/// agent's side (assistant, system, tool_call) after the owner's read mark (last_read_at_by_user, none: all).
/// Messages are found through their session (conversation_id), never by chat_messages.tenant_id, which Clawith's
/// own writers leave null (§0.2). Other sessions count 0. The caller's ownership is judged before asking.
/// </summary>
public sealed class SessionUnreadLoader(IDbContextFactory<ClawithDbContext> contexts) : BatchLoader<Guid, int>
{
    /// <summary>The roles that count as unread (L6, L10); a user's own messages never do.</summary>
    public const string UnreadRoles = "'assistant', 'system', 'tool_call'";

    /// <summary>A message of the session aliased s, unread by its owner: for both unread counts.</summary>
    public const string UnreadOf = $"""
        m."conversation_id" = CAST(s."id" AS TEXT) AND m."role" IN ({UnreadRoles})
          AND m."created_at" > COALESCE(s."last_read_at_by_user", '1970-01-01 00:00:00')
        """;

    protected override async Task<IReadOnlyDictionary<Guid, int>> FetchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sql = $"""
            SELECT s."id", (SELECT COUNT(*) FROM "chat_messages" AS m WHERE {UnreadOf})
            FROM "chat_sessions" AS s
            WHERE s."id" IN ({StatementRunner.Placeholders(0, keys.Count)}) AND s."session_type" = 'direct' AND s."deleted_at" IS NULL
            """;
        var rows = await db.ListAsync(sql, [.. keys.Select(id => db.Stored<ChatSession>(nameof(ChatSession.Id), id))],
            row => (Id: row.Id(0), Count: Convert.ToInt32(row.GetValue(1))), cancellationToken);
        return rows.ToDictionary(r => r.Id, r => r.Count);
    }
}
