namespace Clawith.Graph.Live;

/// <summary>What a committed write did to a session.</summary>
public enum ChatEventKind
{
    SessionRenamed,
    SessionDeleted,
    MessageAdded,
    /// <summary>Its owner marked it read (251aeba8's last_read_at_by_user): their unread count of it is 0.</summary>
    SessionRead,
}

/// <summary>
/// One committed change to a session, told to every subscriber on every server instance. It carries
/// what deciding who may see it, and as what, needs: the agent, its peer, the owner, the channel, and
/// whether the session was listed before the change and is after it (read by the writer under the
/// session's lock), so fanning out costs no SQL; subscribers read the rest through the usual loaders.
/// </summary>
public sealed record ChatEvent(
    ChatEventKind Kind,
    Guid AgentId,
    Guid SessionId,
    Guid OwnerId,
    Guid? PeerAgentId,
    string SourceChannel,
    bool IsGroup,
    ListedIn Before,
    ListedIn After,
    Guid? MessageId = null);
