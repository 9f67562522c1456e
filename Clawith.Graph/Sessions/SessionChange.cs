namespace Clawith.Graph.Sessions;

/// <summary>What a change to a session is to one sessionChanged subscriber, whose listing it concerns.</summary>
public enum SessionChangeKind
{
    /// <summary>Never sent any more: a new session is in no listing until its first qualifying message (then <see cref="Added"/>).</summary>
    Created,
    Added,
    Renamed,
    Deleted,
    MessageAdded,
    /// <summary>The subscriber, the session's owner, marked it read: sent to the owner's subscriptions only.</summary>
    Read,
}

/// <summary>One event of a sessionChanged subscription: a session of the subscriber's listing, and what happened to it there.</summary>
public sealed record SessionChange(SessionChangeKind Kind, Guid SessionId);
