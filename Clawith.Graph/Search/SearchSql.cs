using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Messages;
using Clawith.Graph.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Search;

/// <summary>
/// The statements of one search, in SQL both SQLite and PostgreSQL run where they can. Hits come newest
/// first: (created_at, id) descending, messages without a time last. Every statement keeps to the scope's
/// sessions (<see cref="SearchScope"/>) and to the messages after the cursor, and tests the text by the one
/// folding rule (SQLite: the clawith_fold function; PostgreSQL: lower()).
/// <list type="bullet">
/// <item><see cref="Walk"/>: the newest <c>window</c> messages of the scope, each with whether it is a hit
/// (its text left out when not): the bounded scan.</item>
/// <item><see cref="Indexed"/>: the page of hits found through the trigram index (SQLite: the FTS5 table's
/// candidates, then the exact test; PostgreSQL: lower(content) LIKE, which pg_trgm's GIN index serves).</item>
/// </list>
/// </summary>
public sealed class SearchSql(ClawithDbContext db, Guid agentId, SessionScope scope, Guid callerId, SearchText text, SearchCursor? after)
{
    /// <summary>Column of <see cref="Walk"/>'s rows after the message's: whether the message is a hit.</summary>
    public const int HitColumn = MessageRow.ColumnCount;

    private readonly List<object> values = [];
    private readonly bool sqlite = db.Database.IsSqlite();

    public object[] Values => [.. values];

    public string Walk(int window)
    {
        var hit = sqlite
            ? $"instr({Data.Statements.TextFolding.SqliteFunction}(m.\"content\"), {Bind(text.Folded)}) > 0"
            : $"lower(m.\"content\") LIKE {Bind(Pattern)}";
        var columns = MessageRow.Columns("w")
            .Replace("w.\"content\"", "CASE WHEN w.hit THEN w.\"content\" ELSE '' END")
            .Replace("w.\"thinking\"", "CASE WHEN w.hit THEN w.\"thinking\" END");
        return $"""
            SELECT {columns}, w.hit FROM (
                SELECT m.*, ({hit}) AS hit FROM "chat_messages" AS m
                WHERE {Where()} ORDER BY {Order} LIMIT {Bind(window)}) AS w
            ORDER BY {Order.Replace("m.", "w.")}
            """;
    }

    public string Indexed(int take) => sqlite
        ? $"""
            SELECT {MessageRow.Columns("m")} FROM "{SearchIndex.SqliteTable}"({Bind(Phrase)}) AS f
            CROSS JOIN "chat_messages" AS m ON m.rowid = f.rowid
            WHERE {Where()} AND instr({Data.Statements.TextFolding.SqliteFunction}(m."content"), {Bind(text.Folded)}) > 0
            ORDER BY {Order} LIMIT {Bind(take)}
            """
        : $"""
            SELECT {MessageRow.Columns("m")} FROM "chat_messages" AS m
            WHERE {Where()} AND lower(m."content") LIKE {Bind(Pattern)}
            ORDER BY {Order} LIMIT {Bind(take)}
            """;

    /// <summary>SQLite's DESC puts NULL last; PostgreSQL's puts it first unless told.</summary>
    private string Order => sqlite ? "m.\"created_at\" DESC, m.\"id\" DESC" : "m.\"created_at\" DESC NULLS LAST, m.\"id\" DESC";

    /// <summary>An FTS5 phrase: the text between double quotes (a quote doubled), so no character of it is query syntax.</summary>
    private string Phrase => $"\"{text.Text.Replace("\"", "\"\"")}\"";

    /// <summary>A LIKE pattern holding the folded text anywhere, its wildcards escaped (backslash is PostgreSQL's default escape).</summary>
    private string Pattern => $"%{text.Folded.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";

    private string Where()
    {
        var sessions = SearchScope.Sessions(scope, Bind,
            db.Stored<ChatSession>(nameof(ChatSession.AgentId), agentId), db.Stored<ChatSession>(nameof(ChatSession.UserId), callerId));
        var where = $"m.\"conversation_id\" IN (SELECT CAST(s.\"id\" AS TEXT) FROM \"chat_sessions\" AS s WHERE {sessions})";
        return after is null ? where : $"{where} AND {After(after)}";
    }

    /// <summary>The messages after the cursor in newest-first order.</summary>
    private string After(SearchCursor cursor)
    {
        var id = Bind(db.Stored<ChatMessage>(nameof(ChatMessage.Id), cursor.Id));
        if (cursor.CreatedAt is not { } createdAt)
            return $"m.\"created_at\" IS NULL AND m.\"id\" < {id}";
        var time = Bind(db.Stored<ChatMessage>(nameof(ChatMessage.CreatedAt), createdAt));
        return $"(m.\"created_at\" < {time} OR (m.\"created_at\" = {time} AND m.\"id\" < {id}) OR m.\"created_at\" IS NULL)";
    }

    private string Bind(object value)
    {
        values.Add(value);
        return $"{{{values.Count - 1}}}";
    }
}
