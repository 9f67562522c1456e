using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Participants;

namespace Clawith.Graph.Messages;

/// <summary>
/// The SQL of one page of messages for several sessions at once, in SQL both SQLite and PostgreSQL run:
/// each session's page is a walk down ix_chat_messages_conversation (conversation, created_at, id) from
/// its cursor that stops after the page, the walks are put together with UNION ALL, and the senders are
/// joined in by primary key. The statement is hand-written so that each row is read on its own
/// (<see cref="MessageRow"/>): a row another writer left unreadable is left out, not the whole page.
/// </summary>
public sealed class MessagePageSql(ClawithDbContext db, MessageWindow window)
{
    /// <summary>Sessions per statement: SQLite refuses a compound SELECT of more than 500 parts.</summary>
    public const int MaxSessions = 200;

    public const int SenderColumn = MessageRow.ColumnCount;

    private readonly List<object> values = [];

    public object[] Values => [.. values];

    /// <summary>At most a page and one more message of each of <paramref name="conversationIds"/> (the one more tells whether there are others).</summary>
    public string Pages(IReadOnlyList<string> conversationIds)
    {
        var direction = window.Page.FromEnd ? "DESC" : "ASC";
        var limit = Bind(window.Page.Size + 1);
        var cut = Cut();
        var walks = conversationIds.Select((conversationId, n) => $"""
            SELECT * FROM (SELECT {MessageRow.Columns("m")} FROM "chat_messages" AS m
            WHERE m."conversation_id" = {Bind(conversationId)}{cut}
            ORDER BY m."created_at" {direction}, m."id" {direction} LIMIT {limit}) AS w{n}
            """);
        return $"""
            SELECT w.*, {ParticipantRow.Columns("p")}
            FROM ({string.Join(" UNION ALL ", walks)}) AS w
            LEFT JOIN "participants" AS p ON p."id" = w."participant_id"
            """;
    }

    // Each bound leads with one the rest implies, so the database seeks to the cursor in the index
    // instead of walking every message between it and the end: page 1,000 costs what page 1 does.
    // A cursor on a message without a time keeps to the messages without one, as SQL's NULL comparisons do.
    private string Cut()
    {
        var cut = "";
        if (window.After is { } after)
            cut += " AND " + Beyond(after, ">");
        if (window.Before is { } before)
            cut += " AND " + Beyond(before, "<");
        return cut;
    }

    private string Beyond(MessageKeyset cursor, string comparison)
    {
        var id = Bind(db.Stored<ChatMessage>(nameof(ChatMessage.Id), cursor.Id));
        if (cursor.CreatedAt is not { } createdAt)
            return $"m.\"created_at\" IS NULL AND m.\"id\" {comparison} {id}";
        var time = Bind(db.Stored<ChatMessage>(nameof(ChatMessage.CreatedAt), createdAt));
        return $"m.\"created_at\" {comparison}= {time} AND (m.\"created_at\" {comparison} {time} OR m.\"id\" {comparison} {id})";
    }

    private string Bind(object value)
    {
        values.Add(value);
        return $"{{{values.Count - 1}}}";
    }
}
