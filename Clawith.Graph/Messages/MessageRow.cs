using System.Data.Common;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;

namespace Clawith.Graph.Messages;

/// <summary>A chat_messages row in a hand-written statement: its columns, and the entity read back from them.</summary>
public static class MessageRow
{
    public const int ColumnCount = 9;
    public const int ConversationColumn = 5;

    /// <summary>The message's columns, table aliased <paramref name="alias"/>, in the order <see cref="Read"/> takes them.</summary>
    public static string Columns(string alias) =>
        $"{RowReading.Columns(alias, "id", "agent_id", "user_id")}, CAST({alias}.\"role\" AS TEXT) AS \"role\", " +
        RowReading.Columns(alias, "content", "conversation_id", "participant_id", "thinking", "created_at");

    /// <summary>
    /// The message whose columns start at <paramref name="first"/>. A role label this server does not know
    /// is kept as it is (<see cref="ChatMessage.RoleLabel"/>, its <see cref="ChatMessage.Role"/> null); an id or
    /// time that cannot be read throws <see cref="UnreadableValueException"/>.
    /// </summary>
    public static ChatMessage Read(DbDataReader row, int first)
    {
        var roleLabel = row.GetString(first + 3);
        return new ChatMessage
        {
            Id = row.Id(first),
            AgentId = row.Id(first + 1),
            UserId = row.Id(first + 2),
            Role = StoredLabels<ChatRole>.TryParse(roleLabel, out var role) ? role : null,
            RoleLabel = roleLabel,
            Content = row.GetString(first + 4),
            ConversationId = row.GetString(first + ConversationColumn),
            ParticipantId = row.IdOrNull(first + 6),
            Thinking = row.TextOrNull(first + 7),
            CreatedAt = row.TimeOrNull(first + 8),
        };
    }
}
