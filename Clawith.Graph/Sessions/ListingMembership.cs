using Clawith.Graph.Data.Entities;
using Clawith.Graph.Live;

namespace Clawith.Graph.Sessions;

/// <summary>
/// Which listings hold a session, from what its messages are (<see cref="SessionChangeFacts"/>) and its own
/// columns: what a writer tells the live bus of the listings before and after its change. It must say what
/// the listing SQL of the same generation shows.
/// </summary>
public interface IListingMembership
{
    ListedIn Of(SessionChangeFacts facts, ChatSession session);
}

/// <summary>225b36fd (Clawith's REST module): MINE from a user message to the agent, outside group, agent and trigger sessions; ALL from any message.</summary>
public sealed class ListingMembership225b36fd : IListingMembership
{
    public ListedIn Of(SessionChangeFacts facts, ChatSession session) => facts.ListingsOf(session);
}

/// <summary>
/// 251aeba8: an active session with a message of any role (L7); MINE holds the owner's direct sessions (L2),
/// ALL every session of the agent (L3). A soft-deleted session is in neither.
/// </summary>
public sealed class ListingMembership251aeba8 : IListingMembership
{
    public ListedIn Of(SessionChangeFacts facts, ChatSession session)
    {
        var listed = facts.AnyMessage && session.DeletedAt is null;
        return new ListedIn(Mine: listed && session.SessionType == SessionTypes.Direct, All: listed);
    }
}
