using Clawith.Graph.Auth;
using Clawith.Graph.Data.Statements;

namespace Clawith.Graph.Sessions;

/// <summary>
/// Which sessions an agent's listing holds for a caller, and which a search of the same scope reads, as the
/// database's generation rules them (225b36fd: Clawith's REST module; 251aeba8: RULES L2, L3, L7), each as
/// conditions on chat_sessions <c>s</c> with their values bound. <see cref="SessionListingSql"/> pages the
/// branches; <see cref="Search.SearchSql"/> reads the searched sessions' messages.
/// </summary>
public interface IListingRules
{
    /// <summary>
    /// The listing's branches, hiding rule included: each one index walk (its agent_id or peer_agent_id equal to
    /// <paramref name="agentId"/>), and no session in two of them, so their pages merge without duplicates.
    /// </summary>
    IReadOnlyList<Sql> Branches(SqlDialect sql, Guid agentId, SessionScope scope, CurrentUser caller);

    /// <summary>
    /// The sessions a search of <paramref name="scope"/> reads: ALL, the listing's sessions (a session with a hit
    /// holds a message, so the hiding rule is left out); MINE, the caller's own sessions that
    /// <c>session(agentId, id)</c> finds under the agent (groups and triggers included, unlike the listing's MINE).
    /// </summary>
    Sql Searched(SqlDialect sql, Guid agentId, SessionScope scope, CurrentUser caller);
}
