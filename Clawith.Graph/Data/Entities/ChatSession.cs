namespace Clawith.Graph.Data.Entities;

public sealed class ChatSession
{
    public const int TitleMaxLength = 200;
    public const string AgentChannel = "agent";
    public const string TriggerChannel = "trigger";
    public const string WebChannel = "web";

    public Guid Id { get; set; }
    public Guid AgentId { get; set; }
    public Guid UserId { get; set; }
    public string Title { get; set; } = "";
    public string SourceChannel { get; set; } = WebChannel;
    public string? ExternalConvId { get; set; }
    public bool? IsGroup { get; set; } = false;
    public string? GroupName { get; set; }
    public Guid? ParticipantId { get; set; }
    public Guid? PeerAgentId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? LastMessageAt { get; set; }

    /// <summary>An agent-to-agent conversation: the seed's test for its naming and listing rules.</summary>
    public bool IsAgentToAgent => SourceChannel == AgentChannel && PeerAgentId is not null;

    /// <summary>The text chat_messages.conversation_id holds for this session.</summary>
    public string ConversationId => Id.ToString();
}
