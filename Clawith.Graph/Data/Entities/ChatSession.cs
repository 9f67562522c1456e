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

    // 251aeba8's columns (not mapped on 225b36fd; see Data/Generations).
    public Guid? TenantId { get; set; }
    /// <summary>'direct', 'group', 'a2a' or 'trigger' (<see cref="SessionTypes"/>); null when not read.</summary>
    public string? SessionType { get; set; }
    public Guid? GroupId { get; set; }
    public Guid? CreatedByParticipantId { get; set; }
    public bool IsPrimary { get; set; }
    public DateTime? LastReadAtByUser { get; set; }
    public DateTime? DeletedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }

    /// <summary>An agent-to-agent conversation: Clawith's REST module's test for its naming and listing rules.</summary>
    public bool IsAgentToAgent => SourceChannel == AgentChannel && PeerAgentId is not null;

    /// <summary>The text chat_messages.conversation_id holds for this session.</summary>
    public string ConversationId => Id.ToString();
}

/// <summary>The values of chat_sessions.session_type (251aeba8).</summary>
public static class SessionTypes
{
    public const string Direct = "direct";
    public const string Group = "group";
    public const string AgentToAgent = "a2a";
    public const string Trigger = "trigger";

    /// <summary>
    /// The type a session of 225b36fd's columns has, as Clawith's migration 202607161200 derived it
    /// (DIFF.md §3): the agent channel is a2a, the trigger channel trigger, a group chat group, the rest direct.
    /// </summary>
    public static string DerivedFrom(string sourceChannel, bool? isGroup) => sourceChannel switch
    {
        ChatSession.AgentChannel => AgentToAgent,
        ChatSession.TriggerChannel => Trigger,
        _ when isGroup == true => Group,
        _ => Direct,
    };
}
