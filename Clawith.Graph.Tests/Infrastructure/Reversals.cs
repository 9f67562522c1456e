namespace Clawith.Graph.Tests.Infrastructure;

/// <summary>How 251aeba8 reverses a 225b36fd rule, in the words of the marks that skip its tests there (<see cref="IReversedOn251aeba8"/>).</summary>
public static class Reversals
{
    public const string AccessModes =
        "251aeba8 grants an agent by its access_mode: a private one to its creator alone, platform admins included; a custom one to admins too (A7, A8)";

    public const string CreatorViewsAll = "251aeba8's agent creator views all of its sessions, as the admin roles do (A10)";

    public const string SoftDelete = "251aeba8 deletes a session softly: the row stays with deleted_at set, and so do its messages (D1)";

    public const string SenderParticipant =
        "251aeba8 gives a sender without a participant row one, as Clawith's get_or_create_user_participant does (C2), and the message names it";

    public const string SessionOutUnread = "251aeba8's SessionOut carries unread_count and is_primary too (L9, C6)";

    public const string DirectOnly = "251aeba8 renames, deletes and posts to direct sessions only, found under their own agent (R2, D1)";

    public const string MineAnyMessage =
        "251aeba8's MINE holds every direct session of the caller with a message of any role (L2, L7): an assistant-only or misaddressed one too";

    public const string PeerFromListedSide =
        "251aeba8 gives an a2a session listed under its peer the other agent as its peer_agent_id and peer_agent_name (L8)";

    public const string TypedBySessionType =
        "251aeba8 names and types a session by its session_type (L8, §9): an agent-channel session is a2a, even without a peer";
}
