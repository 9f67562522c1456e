using Clawith.Graph.Data.Entities;
using Clawith.Graph.Participants;

namespace Clawith.Graph.Sessions;

/// <summary>Clawith's REST module's naming of a session in a list, and who is on its other side.</summary>
public static class SessionNaming
{
    public const string UnknownUser = "Unknown";
    public const string DefaultGroupName = "Group Chat";
    private const string UnnamedAgent = "Agent";

    public static string AgentToAgentName(string? agentName, string? peerName) =>
        $"Agent {AgentName(agentName)} - {AgentName(peerName)}";

    /// <summary>An agent's name, or "Agent" for one that has none (or has vanished).</summary>
    public static string AgentName(string? name) => OrDefault(name, UnnamedAgent);

    public static string GroupName(ChatSession session) => GroupName(session.GroupName, session.Title);

    public static string GroupName(string? groupName, string? title) => OrDefault(groupName, OrDefault(title, DefaultGroupName));

    public static string OwnerName(User? owner) => OwnerName(owner?.DisplayName, owner?.Identity?.Username);

    public static string OwnerName(string? displayName, string? username) => OrDefault(displayName, OrDefault(username, UnknownUser));

    public static ParticipantType ParticipantTypeOf(ChatSession session) =>
        session.IsGroup == true ? ParticipantType.Group
        : session.IsAgentToAgent ? ParticipantType.Agent
        : ParticipantType.User;

    private static string OrDefault(string? value, string fallback) => string.IsNullOrEmpty(value) ? fallback : value;
}
