using Clawith.Graph.Auth;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.Sessions;

namespace Clawith.Graph.Search;

/// <summary>
/// The sessions a search reads, as a condition on chat_sessions <c>s</c>: exactly those the graph lets the
/// caller read under the agent, as the database's generation rules them (<see cref="IListingRules.Searched"/>,
/// beside the listing's own rules). MINE: the caller's own sessions that <c>session(agentId, id)</c> finds under
/// the agent (its own, or those where it is the peer: <see cref="SessionResource.Matches"/>) and admits for
/// their owner (<see cref="SessionAccessHandler.Admits"/>), groups and triggers included. ALL (admin roles,
/// the SessionScope policy): the sessions of the ALL listing, the agent's own and the agent-to-agent ones of
/// other agents where it is the peer (a session with a hit holds a message, the listing's hiding rule). On
/// 251aeba8 both keep to the caller's tenant and leave soft-deleted sessions out (A11, L3). Agent access is
/// the field's own policy, judged before any of this runs.
/// </summary>
public sealed record SearchScope(IListingRules Rules, Guid AgentId, SessionScope Scope, CurrentUser Caller)
{
    public Sql Sessions(SqlDialect sql) => Rules.Searched(sql, AgentId, Scope, Caller);
}
