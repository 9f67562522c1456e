namespace Clawith.Graph.Data.Entities;

public sealed class ChatMessage
{
    public Guid Id { get; set; }
    public Guid AgentId { get; set; }
    public Guid UserId { get; set; }
    public ChatRole Role { get; set; }
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
