using Clawith.Graph.Data.Entities;

namespace Clawith.Graph.Sessions;

/// <summary>What a caller means to do with a session: which sessions can be found for it depends on it (<see cref="ISessionRules"/>).</summary>
public enum SessionPurpose
{
    /// <summary>Read it and its messages: found under its agent or, agent-to-agent, its peer.</summary>
    Read,

    /// <summary>Rename or delete it: found under its agent.</summary>
    Change,

    /// <summary>Post a message in it as its owner: found under its agent.</summary>
    Post,

    /// <summary>Mark it read as its owner: found as for reading.</summary>
    MarkRead,
}

/// <summary>
/// What the SessionAccess policy judges: a session already in hand, or one to find under an agent for a
/// purpose. <see cref="OwnerOnly"/> sessions admit their owner alone, not those who view all sessions.
/// </summary>
public sealed record SessionResource(
    Guid AgentId, Guid SessionId, SessionPurpose Purpose, string DeniedMessage, CancellationToken CancellationToken, bool OwnerOnly = false)
{
    public const string ReadDenied = "Not authorized to view this session";
    public const string ChangeDenied = "Not authorized";
    public const string MarkReadDenied = "Only the session's owner can mark it read";

    public ChatSession? Known { get; private init; }

    public static SessionResource ToRead(Guid agentId, Guid sessionId, CancellationToken cancellationToken) =>
        new(agentId, sessionId, SessionPurpose.Read, ReadDenied, cancellationToken);

    public static SessionResource ToChange(Guid agentId, Guid sessionId, CancellationToken cancellationToken) =>
        new(agentId, sessionId, SessionPurpose.Change, ChangeDenied, cancellationToken);

    /// <summary>Posting speaks as the session's owner: an admin may read and remove, never put words in their mouth.</summary>
    public static SessionResource ToPostIn(Guid agentId, Guid sessionId, CancellationToken cancellationToken) =>
        new(agentId, sessionId, SessionPurpose.Post, ChangeDenied, cancellationToken, OwnerOnly: true);

    /// <summary>A read mark is the owner's own (RULES M6): an admin reading a session never marks it.</summary>
    public static SessionResource ToMarkRead(Guid agentId, Guid sessionId, CancellationToken cancellationToken) =>
        new(agentId, sessionId, SessionPurpose.MarkRead, MarkReadDenied, cancellationToken, OwnerOnly: true);

    public static SessionResource ToRead(ChatSession session) =>
        new(session.AgentId, session.Id, SessionPurpose.Read, ReadDenied, CancellationToken.None) { Known = session };

    /// <summary>Whether the purpose finds a session under the agent's peer too (an agent-to-agent session's other side).</summary>
    public bool FindsUnderPeer => Purpose is SessionPurpose.Read or SessionPurpose.MarkRead;
}
