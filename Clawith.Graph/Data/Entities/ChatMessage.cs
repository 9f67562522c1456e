using Clawith.Graph.Data;

namespace Clawith.Graph.Data.Entities;

public sealed class ChatMessage
{
    public Guid Id { get; set; }
    /// <summary>Never null on 225b36fd; on 251aeba8 null in native group chats (and agent_id in group planning notes).</summary>
    public Guid? AgentId { get; set; }
    /// <summary>Never null on 225b36fd; on 251aeba8 null in group chats and in replies Clawith delivers outside direct sessions.</summary>
    public Guid? UserId { get; set; }

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

    // 251aeba8's columns (not mapped on 225b36fd).
    /// <summary>The session's tenant, as this server writes it; Clawith's own writers leave it null (RULES §0.2).</summary>
    public Guid? TenantId { get; set; }
    /// <summary>JSON; '[]' outside group chats.</summary>
    public string Mentions { get; set; } = "[]";
}

/// <summary>Clawith's chat_role_enum.</summary>
public enum ChatRole
{
    User,
    Assistant,
    System,
    ToolCall,
}
