using Clawith.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Search;

/// <summary>
/// Whether the database holds a trigram index search can use, learnt once at start (<see cref="PrepareAsync"/>).
/// On SQLite this server owns the file: schema creation builds the index (<see cref="SqliteSearchSchema"/>).
/// Beside Clawith on PostgreSQL the index is the README's optional statement; without it search answers
/// the same, by scanning, and costs more (<see cref="SearchCost"/>). An index added later is used at once
/// by the database; the cost follows at the next start.
/// </summary>
public sealed class SearchIndex(ILogger<SearchIndex> logger)
{
    /// <summary>SQLite's FTS5 table over chat_messages.content.</summary>
    public const string SqliteTable = "chat_messages_search";

    public bool Available { get; private set; }

    /// <summary>On SQLite a search without the index is the bounded scan, never a scan of everything.</summary>
    public bool IsSqlite { get; private set; }

    public async Task PrepareAsync(ClawithDbContext db, bool createSchema, CancellationToken cancellationToken)
    {
        IsSqlite = db.Database.IsSqlite();
        if (IsSqlite && createSchema)
            await SqliteSearchSchema.CreateMissingAsync(db, logger, cancellationToken);
        Available = await db.Database.SqlQueryRaw<bool>(db.Database.IsSqlite() ? SqliteProbe : PostgresProbe).SingleAsync(cancellationToken);
        if (!Available)
            logger.LogWarning("Message search has no trigram index: it answers by scanning, slower, and costs more (README: Search)");
    }

    private const string SqliteProbe = $"SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '{SqliteTable}') AS \"Value\"";

    /// <summary>A pg_trgm index on lower(content), as the README's statement makes it (whatever its name).</summary>
    private const string PostgresProbe = """
        SELECT EXISTS (SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'chat_messages'
            AND indexdef LIKE '%gin_trgm_ops%' AND indexdef LIKE '%lower(%content%') AS "Value"
        """;
}
