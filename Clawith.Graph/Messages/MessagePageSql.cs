using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.Participants;

namespace Clawith.Graph.Messages;

/// <summary>
/// The SQL of one page of messages for several sessions at once, as one <see cref="Sql"/> value with its
/// parameters, in SQL both SQLite and PostgreSQL run: each session's page is a walk down
/// ix_chat_messages_conversation (conversation, created_at, id) from its cursor that stops after the
/// page, the walks are put together with UNION ALL, and the senders are joined in by primary key. A
/// client's filter is one more condition of every walk. The statement is hand-written so that each row is
/// read on its own (<see cref="MessageRow"/>): a row another writer left unreadable is left out, not the whole page.
/// </summary>
public sealed class MessagePageSql(SqlDialect sql, MessageWindow window)
{
    /// <summary>Sessions per statement: SQLite refuses a compound SELECT of more than 500 parts.</summary>
    public const int MaxSessions = 200;

    public static int SenderColumn => MessageRow.ColumnCount;

    private const string Row = MessageFields.Row;

    /// <summary>At most a page and one more message of each of <paramref name="conversationIds"/> (the one more tells whether there are others).</summary>
    public Sql Pages(IReadOnlyList<string> conversationIds)
    {
        var direction = Sql.Raw(AscendingWalk ? "ASC" : "DESC");
        var limit = Sql.Count(window.Page.Size + 1);
        var cut = Cut();
        var conversation = sql.Column<ChatMessage>(Row, nameof(ChatMessage.ConversationId));
        var walks = conversationIds.Select((conversationId, n) => Sql.Of($"""
            SELECT * FROM (SELECT {MessageRow.Columns.Select(sql.Model, Row)} FROM {sql.Table<ChatMessage>(Row)}
            WHERE {conversation} = {Sql.Bind(conversationId)}{cut}
            ORDER BY {Column(nameof(ChatMessage.CreatedAt))} {direction}, {Column(nameof(ChatMessage.Id))} {direction} LIMIT {limit}) AS {Sql.Raw($"w{n}")}
            """));
        return Sql.Of($"""
            SELECT w.*, {Sql.Raw(ParticipantRow.Columns("p"))}
            FROM ({Sql.Join(" UNION ALL ", walks)}) AS w
            LEFT JOIN {sql.Table<Participant>("p")} ON {sql.Column<Participant>("p", nameof(Participant.Id))} = {sql.Column<ChatMessage>("w", nameof(ChatMessage.ParticipantId))}
            """);
    }

    /// <summary>Oldest first from the start, or newest first back from the end; the other way round for a history turned round.</summary>
    private bool AscendingWalk => window.NewestFirst == window.Page.FromEnd;

    // Each bound leads with one the rest implies, so the database seeks to the cursor in the index
    // instead of walking every message between it and the end: page 1,000 costs what page 1 does.
    // A cursor on a message without a time keeps to the messages without one, as SQL's NULL comparisons do.
    private Sql Cut()
    {
        var cut = window.Query.Where is { } where ? Sql.Of($" AND {where.ToSql(sql)}") : Sql.Empty;
        if (window.After is { } after)
            cut += Sql.Of($" AND {Beyond(after, window.NewestFirst ? "<" : ">")}");
        if (window.Before is { } before)
            cut += Sql.Of($" AND {Beyond(before, window.NewestFirst ? ">" : "<")}");
        return cut;
    }

    private Sql Beyond(MessageKeyset cursor, string comparison)
    {
        var id = sql.Bind<ChatMessage>(nameof(ChatMessage.Id), cursor.Id);
        var strictly = Sql.Raw(comparison);
        if (cursor.CreatedAt is not { } createdAt)
            return Sql.Of($"{Column(nameof(ChatMessage.CreatedAt))} IS NULL AND {Column(nameof(ChatMessage.Id))} {strictly} {id}");
        var time = sql.Bind<ChatMessage>(nameof(ChatMessage.CreatedAt), createdAt);
        var created = Column(nameof(ChatMessage.CreatedAt));
        return Sql.Of($"{created} {Sql.Raw(comparison + "=")} {time} AND ({created} {strictly} {time} OR {Column(nameof(ChatMessage.Id))} {strictly} {id})");
    }

    private Sql Column(string property) => sql.Column<ChatMessage>(Row, property);
}
