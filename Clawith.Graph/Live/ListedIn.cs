namespace Clawith.Graph.Live;

/// <summary>
/// Which listings hold a session: <see cref="Mine"/>, its owner's MINE listing of its agent; <see cref="All"/>,
/// the ALL listing of its agent (and of its peer, for an agent-to-agent session). Both as sessions(agentId,
/// scope) lists them, hiding rules included.
/// </summary>
public readonly record struct ListedIn(bool Mine, bool All)
{
    /// <summary>A session in no listing: one without a message yet, or one deleted.</summary>
    public static ListedIn Nowhere => default;
}
