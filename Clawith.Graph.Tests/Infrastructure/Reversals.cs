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
}
