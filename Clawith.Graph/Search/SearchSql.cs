using Clawith.Graph.Auth;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.Messages;
using Clawith.Graph.Sessions;

namespace Clawith.Graph.Search;

/// <summary>
/// The statements of one search, in SQL both SQLite and PostgreSQL run where they can, each one <see cref="Sql"/>
/// value with its parameters. Hits come newest first: (created_at, id) descending, messages without a time last.
/// Every statement keeps to the scope's sessions (<see cref="SearchScope"/>) and to the messages after the cursor,
/// and tests the text by the one folding rule (SQLite: <see cref="Holds"/>; PostgreSQL: lower() LIKE).
/// <list type="bullet">
/// <item><see cref="Scanned"/>: the first hits among the newest <c>window</c> messages (the bounded scan), and
/// <see cref="Frontier"/>: the last message of that window, where a scan that found too few hits goes on.</item>
/// <item><see cref="Indexed"/>: the page of hits found through the trigram index (SQLite: the FTS5 table's
/// candidates, then the exact test; PostgreSQL: lower(content) LIKE, which pg_trgm's GIN index serves).</item>
/// </list>
/// </summary>
public sealed class SearchSql(ClawithDbContext db, SearchScope scope, SearchText text, SearchCursor? after)
{
    private static readonly Sql M = Sql.Raw("m"), W = Sql.Raw("w");

    private readonly SqlDialect sql = new(db);

    /// <summary>The message's columns as the EF model names them.</summary>
    private Sql Columns(string alias) => MessageRow.Columns.Select(db.Model, alias);

    /// <summary>
    /// At most <paramref name="take"/> hits among the newest <paramref name="window"/> messages. SQLite hands
    /// the walk's rows over in its order and stops at the last hit wanted; PostgreSQL is told the order again.
    /// </summary>
    public Sql Scanned(int window, int take) => Sql.Of($"""
        SELECT {Columns("w")} FROM (
            SELECT m.* FROM "chat_messages" AS m WHERE {Where(walking: true)} ORDER BY {Order(M)} LIMIT {Sql.Count(window)}) AS w
        WHERE {Holds(W)}{(sql.IsSqlite ? Sql.Empty : Sql.Of($" ORDER BY {Order(W)}"))} LIMIT {Sql.Count(take)}
        """);

    /// <summary>The id and time of the <paramref name="window"/>-th newest message (none when there are fewer).</summary>
    public Sql Frontier(int window) => Sql.Of($"""
        SELECT m."id", m."created_at" FROM "chat_messages" AS m WHERE {Where(walking: true)}
        ORDER BY {Order(M)} LIMIT 1 OFFSET {Sql.Count(window - 1)}
        """);

    public Sql Indexed(int take) => sql.IsSqlite
        ? Sql.Of($"""
            SELECT {Columns("m")} FROM "{Sql.Raw(SearchIndex.SqliteTable)}"({Sql.Bind(Phrase)}) AS f
            CROSS JOIN "chat_messages" AS m ON m.rowid = f.rowid
            WHERE {Where()} AND {Holds(M)}
            ORDER BY {Order(M)} LIMIT {Sql.Count(take)}
            """)
        : Sql.Of($"""
            SELECT {Columns("m")} FROM "chat_messages" AS m
            WHERE {Where()} AND {Holds(M)}
            ORDER BY {Order(M)} LIMIT {Sql.Count(take)}
            """);

    /// <summary>
    /// The message <paramref name="m"/>'s content holds the text by the folding rule. PostgreSQL: lower(), the rule.
    /// SQLite asks the clawith_fold function (a call into .NET for each message) only where it cannot tell alone:
    /// a text without letters that have case (Chinese, digits, punctuation) is found in the content as it is; an
    /// ASCII text is found by LIKE, which folds ASCII, in ASCII content; a content with other characters (its
    /// UTF-8 is longer than its length in characters) is folded whole, as one of them may fold into the text
    /// (the Kelvin sign into k).
    /// </summary>
    private Sql Holds(Sql m)
    {
        var content = Sql.Of($"{m}.\"content\"");
        if (!sql.IsSqlite)
            return Sql.Of($"lower({content}) LIKE {Sql.Bind(Pattern)}");
        var folded = Sql.Bind(text.Folded);
        if (text.Caseless)
            return Sql.Of($"instr({content}, {folded}) > 0");
        var foldedContent = Sql.Of(
            $"(length({content}) <> length(CAST({content} AS BLOB)) AND instr({Sql.Raw(TextFolding.SqliteFunction)}({content}), {folded}) > 0)");
        return System.Text.Ascii.IsValid(text.Folded) ? Sql.Of($"({content} LIKE {Sql.Bind(Pattern)} ESCAPE '\\' OR {foldedContent})") : foldedContent;
    }

    /// <summary>SQLite's DESC puts NULL last; PostgreSQL's puts it first unless told.</summary>
    private Sql Order(Sql m) =>
        sql.IsSqlite ? Sql.Of($"{m}.\"created_at\" DESC, {m}.\"id\" DESC") : Sql.Of($"{m}.\"created_at\" DESC NULLS LAST, {m}.\"id\" DESC");

    /// <summary>An FTS5 phrase: the text between double quotes (a quote doubled), so no character of it is query syntax.</summary>
    private string Phrase => $"\"{text.Text.Replace("\"", "\"\"")}\"";

    /// <summary>A LIKE pattern holding the folded text anywhere, its wildcards escaped (backslash is PostgreSQL's default escape).</summary>
    private string Pattern => $"%{text.Folded.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";

    /// <param name="walking">
    /// Whether the statement walks the newest messages: SQLite is then kept from the conversation index (unary +),
    /// which would read every message of every session in scope to sort them, and walks (created_at, id) instead.
    /// </param>
    private Sql Where(bool walking = false)
    {
        var conversation = Sql.Raw(walking && sql.IsSqlite ? "+m.\"conversation_id\"" : "m.\"conversation_id\"");
        // SQLite: each candidate message looks its session up by primary key. As an IN list, the scope's sessions
        // (10,000 for a large agent) were listed and sorted again by every statement, which cost a rare word's search
        // 66 ms of its 68 on a million messages (docs/BENCHMARKS.md, search). PostgreSQL plans either form as one semi-join.
        var where = sql.IsSqlite
            ? Sql.Of($"EXISTS (SELECT 1 FROM \"chat_sessions\" AS s WHERE s.\"id\" = {conversation} AND {scope.Sessions(sql)})")
            : Sql.Of($"{conversation} IN (SELECT CAST(s.\"id\" AS TEXT) FROM \"chat_sessions\" AS s WHERE {scope.Sessions(sql)})");
        return after is null ? where : Sql.Of($"{where} AND {After(after)}");
    }

    /// <summary>The messages after the cursor in newest-first order.</summary>
    private Sql After(SearchCursor cursor)
    {
        var id = sql.Bind<ChatMessage>(nameof(ChatMessage.Id), cursor.Id);
        if (cursor.CreatedAt is not { } createdAt)
            return Sql.Of($"m.\"created_at\" IS NULL AND m.\"id\" < {id}");
        var time = sql.Bind<ChatMessage>(nameof(ChatMessage.CreatedAt), createdAt);
        return Sql.Of($"(m.\"created_at\" < {time} OR (m.\"created_at\" = {time} AND m.\"id\" < {id}) OR m.\"created_at\" IS NULL)");
    }
}
