using Clawith.Graph.Data.Entities;

namespace Clawith.Graph.Sessions;

/// <summary>
/// What the SessionAccess policy judges: a session already in hand, or one to find under an agent
/// (and, where the seed allows it, under the agent as the peer of an agent-to-agent session).
/// </summary>
public sealed record SessionResource(
    Guid AgentId, Guid SessionId, bool FindUnderPeer, string DeniedMessage, CancellationToken CancellationToken)
{
    public const string ReadDenied = "Not authorized to view this session";
    public const string ChangeDenied = "Not authorized";

    public ChatSession? Known { get; private init; }

    public static SessionResource ToRead(Guid agentId, Guid sessionId, CancellationToken cancellationToken) =>
        new(agentId, sessionId, FindUnderPeer: true, ReadDenied, cancellationToken);

    public static SessionResource ToChange(Guid agentId, Guid sessionId, CancellationToken cancellationToken) =>
        new(agentId, sessionId, FindUnderPeer: false, ChangeDenied, cancellationToken);

    public static SessionResource ToRead(ChatSession session) =>
        new(session.AgentId, session.Id, FindUnderPeer: true, ReadDenied, CancellationToken.None) { Known = session };

    public bool Matches(ChatSession session) =>
        session.AgentId == AgentId || (FindUnderPeer && session.PeerAgentId == AgentId);
}
