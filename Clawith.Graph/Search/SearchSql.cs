using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.Messages;
using Clawith.Graph.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Search;

/// <summary>
/// The statements of one search, in SQL both SQLite and PostgreSQL run where they can. Hits come newest
/// first: (created_at, id) descending, messages without a time last. Every statement keeps to the scope's
/// sessions (<see cref="SearchScope"/>) and to the messages after the cursor, and tests the text by the one
/// folding rule (SQLite: <see cref="Holds"/>; PostgreSQL: lower() LIKE).
/// <list type="bullet">
/// <item><see cref="Scanned"/>: the first hits among the newest <c>window</c> messages (the bounded scan), and
/// <see cref="Frontier"/>: the last message of that window, where a scan that found too few hits goes on.</item>
/// <item><see cref="Indexed"/>: the page of hits found through the trigram index (SQLite: the FTS5 table's
/// candidates, then the exact test; PostgreSQL: lower(content) LIKE, which pg_trgm's GIN index serves).</item>
/// </list>
/// </summary>
public sealed class SearchSql(ClawithDbContext db, Guid agentId, SessionScope scope, Guid callerId, SearchText text, SearchCursor? after)
{
    private readonly List<object> values = [];
    private readonly bool sqlite = db.Database.IsSqlite();

    /// <summary>The message's columns as the EF model names them (a SELECT list binds no value).</summary>
    private string Columns(string alias) => MessageRow.Columns.Select(db.Model, alias).Render().Text;

    public object[] Values => [.. values];

    /// <summary>
    /// At most <paramref name="take"/> hits among the newest <paramref name="window"/> messages. SQLite hands
    /// the walk's rows over in its order and stops at the last hit wanted; PostgreSQL is told the order again.
    /// </summary>
    public string Scanned(int window, int take) => $"""
        SELECT {Columns("w")} FROM (
            SELECT m.* FROM "chat_messages" AS m WHERE {Where(walking: true)} ORDER BY {Order("m")} LIMIT {Bind(window)}) AS w
        WHERE {Holds("w")}{(sqlite ? "" : $" ORDER BY {Order("w")}")} LIMIT {Bind(take)}
        """;

    /// <summary>The id and time of the <paramref name="window"/>-th newest message (none when there are fewer).</summary>
    public string Frontier(int window) => $"""
        SELECT m."id", m."created_at" FROM "chat_messages" AS m WHERE {Where(walking: true)}
        ORDER BY {Order("m")} LIMIT 1 OFFSET {Bind(window - 1)}
        """;

    public string Indexed(int take) => sqlite
        ? $"""
            SELECT {Columns("m")} FROM "{SearchIndex.SqliteTable}"({Bind(Phrase)}) AS f
            CROSS JOIN "chat_messages" AS m ON m.rowid = f.rowid
            WHERE {Where()} AND {Holds("m")}
            ORDER BY {Order("m")} LIMIT {Bind(take)}
            """
        : $"""
            SELECT {Columns("m")} FROM "chat_messages" AS m
            WHERE {Where()} AND {Holds("m")}
            ORDER BY {Order("m")} LIMIT {Bind(take)}
            """;

    /// <summary>
    /// The message <paramref name="m"/>'s content holds the text by the folding rule. PostgreSQL: lower(), the rule.
    /// SQLite asks the clawith_fold function (a call into .NET for each message) only where it cannot tell alone:
    /// a text without letters that have case (Chinese, digits, punctuation) is found in the content as it is; an
    /// ASCII text is found by LIKE, which folds ASCII, in ASCII content; a content with other characters (its
    /// UTF-8 is longer than its length in characters) is folded whole, as one of them may fold into the text
    /// (the Kelvin sign into k).
    /// </summary>
    private string Holds(string m)
    {
        var content = $"{m}.\"content\"";
        if (!sqlite)
            return $"lower({content}) LIKE {Bind(Pattern)}";
        if (text.Caseless)
            return $"instr({content}, {Bind(text.Folded)}) > 0";
        var folded = $"(length({content}) <> length(CAST({content} AS BLOB)) AND instr({Data.Statements.TextFolding.SqliteFunction}({content}), {Bind(text.Folded)}) > 0)";
        return System.Text.Ascii.IsValid(text.Folded) ? $"({content} LIKE {Bind(Pattern)} ESCAPE '\\' OR {folded})" : folded;
    }

    /// <summary>SQLite's DESC puts NULL last; PostgreSQL's puts it first unless told.</summary>
    private string Order(string m) =>
        sqlite ? $"{m}.\"created_at\" DESC, {m}.\"id\" DESC" : $"{m}.\"created_at\" DESC NULLS LAST, {m}.\"id\" DESC";

    /// <summary>An FTS5 phrase: the text between double quotes (a quote doubled), so no character of it is query syntax.</summary>
    private string Phrase => $"\"{text.Text.Replace("\"", "\"\"")}\"";

    /// <summary>A LIKE pattern holding the folded text anywhere, its wildcards escaped (backslash is PostgreSQL's default escape).</summary>
    private string Pattern => $"%{text.Folded.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";

    /// <param name="walking">
    /// Whether the statement walks the newest messages: SQLite is then kept from the conversation index (unary +),
    /// which would read every message of every session in scope to sort them, and walks (created_at, id) instead.
    /// </param>
    private string Where(bool walking = false)
    {
        var sessions = SearchScope.Sessions(scope, Bind,
            db.Stored<ChatSession>(nameof(ChatSession.AgentId), agentId), db.Stored<ChatSession>(nameof(ChatSession.UserId), callerId));
        var conversation = walking && sqlite ? "+m.\"conversation_id\"" : "m.\"conversation_id\"";
        var where = $"{conversation} IN (SELECT CAST(s.\"id\" AS TEXT) FROM \"chat_sessions\" AS s WHERE {sessions})";
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
