using Clawith.Graph.Data;

namespace Clawith.Graph.Data.Entities;

public sealed class ChatMessage
{
    public Guid Id { get; set; }
    public Guid AgentId { get; set; }
    public Guid UserId { get; set; }

    /// <summary>
    /// What the stored role label means to this server; null for a label it does not know (another
    /// writer's <c>tool_result</c>, say: SQLite's text column takes any), which <see cref="RoleLabel"/> keeps.
    /// </summary>
    public ChatRole? Role { get; set; }

    /// <summary>The role as stored. Not mapped: EF writes <see cref="Role"/>; reads set both.</summary>
    public string RoleLabel
    {
        get => field ?? (Role is { } role ? StoredLabels<ChatRole>.Of(role) : "");
        set;
    }

    public string Content { get; set; } = "";
    /// <summary>The session id as lowercase text (Clawith stores it as varchar).</summary>
    public string ConversationId { get; set; } = "";
    public Guid? ParticipantId { get; set; }
    public string? Thinking { get; set; }
    public DateTime? CreatedAt { get; set; }
}

/// <summary>Clawith's chat_role_enum.</summary>
public enum ChatRole
{
    User,
    Assistant,
    System,
    ToolCall,
}
