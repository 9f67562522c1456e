namespace Clawith.Graph.Live;

/// <summary>What happened to a session: the four changes a chat SPA shows without polling.</summary>
public enum ChatEventKind
{
    SessionCreated,
    SessionRenamed,
    SessionDeleted,
    MessageAdded,
}

/// <summary>
/// One committed change to a session, told to every subscriber on every server instance. It carries
/// what deciding who may see it needs (the agent, its peer, the owner, the listing's channel rules),
/// so fanning out costs no SQL; subscribers read the rest through the usual loaders.
/// </summary>
public sealed record ChatEvent(
    ChatEventKind Kind,
    Guid AgentId,
    Guid SessionId,
    Guid OwnerId,
    Guid? PeerAgentId,
    string SourceChannel,
    bool IsGroup,
    Guid? MessageId = null);
