using Clawith.Graph.Data.Entities;

namespace Clawith.Graph.Sessions;

/// <summary>
/// What the SessionAccess policy judges: a session already in hand, or one to find under an agent
/// (and, where the seed allows it, under the agent as the peer of an agent-to-agent session).
/// <see cref="OwnerOnly"/> sessions admit their owner alone, not the admin roles.
/// </summary>
public sealed record SessionResource(
    Guid AgentId, Guid SessionId, bool FindUnderPeer, string DeniedMessage, CancellationToken CancellationToken, bool OwnerOnly = false)
{
    public const string ReadDenied = "Not authorized to view this session";
    public const string ChangeDenied = "Not authorized";

    public ChatSession? Known { get; private init; }

    public static SessionResource ToRead(Guid agentId, Guid sessionId, CancellationToken cancellationToken) =>
        new(agentId, sessionId, FindUnderPeer: true, ReadDenied, cancellationToken);

    public static SessionResource ToChange(Guid agentId, Guid sessionId, CancellationToken cancellationToken) =>
        new(agentId, sessionId, FindUnderPeer: false, ChangeDenied, cancellationToken);

    /// <summary>Posting speaks as the session's owner: an admin may read and remove, never put words in their mouth.</summary>
    public static SessionResource ToPostIn(Guid agentId, Guid sessionId, CancellationToken cancellationToken) =>
        new(agentId, sessionId, FindUnderPeer: false, ChangeDenied, cancellationToken, OwnerOnly: true);

    public static SessionResource ToRead(ChatSession session) =>
        new(session.AgentId, session.Id, FindUnderPeer: true, ReadDenied, CancellationToken.None) { Known = session };

    public bool Matches(ChatSession session) =>
        session.AgentId == AgentId || (FindUnderPeer && session.PeerAgentId == AgentId);
}
