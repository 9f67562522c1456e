using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;

namespace Clawith.Graph.Messages;

/// <summary>
/// A chat_messages row in a hand-written statement: its columns, and the entity read back from them. A
/// role label this server does not know is kept as it is (<see cref="ChatMessage.RoleLabel"/>, its
/// <see cref="ChatMessage.Role"/> null); an id or time that cannot be read throws <see cref="UnreadableValueException"/>.
/// </summary>
public static class MessageRow
{
    public static readonly EntityColumns<ChatMessage> Columns = new EntityColumns<ChatMessage>()
        .Add(nameof(ChatMessage.Id), (m, row, c) => m.Id = row.Id(c))
        .Add(nameof(ChatMessage.AgentId), (m, row, c) => m.AgentId = row.Id(c))
        .Add(nameof(ChatMessage.UserId), (m, row, c) => m.UserId = row.Id(c))
        .Add(nameof(ChatMessage.Role), ReadRole, role => Sql.Of($"CAST({role} AS TEXT) AS \"role\""))
        .Add(nameof(ChatMessage.Content), (m, row, c) => m.Content = row.GetString(c))
        .Add(nameof(ChatMessage.ConversationId), (m, row, c) => m.ConversationId = row.GetString(c))
        .Add(nameof(ChatMessage.ParticipantId), (m, row, c) => m.ParticipantId = row.IdOrNull(c))
        .Add(nameof(ChatMessage.Thinking), (m, row, c) => m.Thinking = row.TextOrNull(c))
        .Add(nameof(ChatMessage.CreatedAt), (m, row, c) => m.CreatedAt = row.TimeOrNull(c));

    public static int ColumnCount => Columns.Count;

    /// <summary>Where the conversation id stands: a left-out row is told by it.</summary>
    public static readonly int ConversationColumn = Columns.IndexOf(nameof(ChatMessage.ConversationId));

    /// <summary>PostgreSQL's enum type is read as text, so a label this server does not know reads like any other.</summary>
    private static void ReadRole(ChatMessage message, System.Data.Common.DbDataReader row, int column)
    {
        var label = row.GetString(column);
        message.Role = StoredLabels<ChatRole>.TryParse(label, out var role) ? role : null;
        message.RoleLabel = label;
    }
}
