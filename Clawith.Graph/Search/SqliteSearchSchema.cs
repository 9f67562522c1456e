using Clawith.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Search;

/// <summary>
/// SQLite's search index: an FTS5 table with the trigram tokenizer (substrings of any script, case folded
/// by FTS5) over chat_messages.content, holding no copy of the text (external content), and kept current by
/// triggers, so that messages written by anyone (this server, or Clawith's own SQLite beside it) are found.
/// Its rows are keyed by chat_messages' rowid. A file created before search gets the index at its next
/// start, filled from the messages already there. Search walks newest first, so it also gets an index on
/// (created_at, id).
/// </summary>
public static class SqliteSearchSchema
{
    private const string Table = SearchIndex.SqliteTable;

    private static readonly string[] Statements =
    [
        $"""CREATE VIRTUAL TABLE IF NOT EXISTS "{Table}" USING fts5(content, content='chat_messages', content_rowid='rowid', tokenize='trigram case_sensitive 0')""",
        $"""
        CREATE TRIGGER IF NOT EXISTS "{Table}_insert" AFTER INSERT ON "chat_messages" BEGIN
            INSERT INTO "{Table}" (rowid, content) VALUES (new.rowid, new.content);
        END
        """,
        $"""
        CREATE TRIGGER IF NOT EXISTS "{Table}_delete" AFTER DELETE ON "chat_messages" BEGIN
            INSERT INTO "{Table}" ("{Table}", rowid, content) VALUES ('delete', old.rowid, old.content);
        END
        """,
        $"""
        CREATE TRIGGER IF NOT EXISTS "{Table}_update" AFTER UPDATE OF content ON "chat_messages" BEGIN
            INSERT INTO "{Table}" ("{Table}", rowid, content) VALUES ('delete', old.rowid, old.content);
            INSERT INTO "{Table}" (rowid, content) VALUES (new.rowid, new.content);
        END
        """,
        """CREATE INDEX IF NOT EXISTS "ix_chat_messages_created" ON "chat_messages" ("created_at", "id")""",
    ];

    public static async Task CreateMissingAsync(ClawithDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var existed = await db.Database.SqlQueryRaw<bool>(
            $"SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '{Table}') AS \"Value\"").SingleAsync(cancellationToken);
        foreach (var statement in Statements)
            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        if (existed || !await db.Database.SqlQueryRaw<bool>("SELECT EXISTS (SELECT 1 FROM \"chat_messages\") AS \"Value\"").SingleAsync(cancellationToken))
            return;
        logger.LogInformation("Building the message search index of the messages already stored (once)");
        await db.Database.ExecuteSqlRawAsync($"""INSERT INTO "{Table}" ("{Table}") VALUES ('rebuild')""", cancellationToken);
    }
}
