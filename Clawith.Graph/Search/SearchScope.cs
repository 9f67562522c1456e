using Clawith.Graph.Data.Entities;
using Clawith.Graph.Sessions;

namespace Clawith.Graph.Search;

/// <summary>
/// The sessions a search reads, as a condition on chat_sessions <c>s</c>: exactly those the graph lets the
/// caller read under the agent. MINE: the caller's own sessions that <c>session(agentId, id)</c> finds under
/// the agent (its own, or those where it is the peer: <see cref="SessionResource.Matches"/>) and admits for
/// their owner (<see cref="SessionAccessHandler.Admits"/>), groups and triggers included. ALL (admin roles,
/// the SessionScope policy): the sessions of the ALL listing, the agent's own and the agent-to-agent ones of
/// other agents where it is the peer (SessionListingSql's branches; a session with a hit holds a message, the
/// listing's one other rule). Agent access is the field's own policy, judged before any of this runs.
/// </summary>
public static class SearchScope
{
    /// <param name="bind">Binds a value as a parameter and answers its placeholder.</param>
    public static string Sessions(SessionScope scope, Func<object, string> bind, object agentId, object callerId)
    {
        var agent = bind(agentId);
        if (scope == SessionScope.Mine)
            return $"s.\"user_id\" = {bind(callerId)} AND (s.\"agent_id\" = {agent} OR s.\"peer_agent_id\" = {agent})";
        return $"(s.\"agent_id\" = {agent} OR (s.\"peer_agent_id\" = {agent} AND s.\"source_channel\" = '{ChatSession.AgentChannel}' AND s.\"agent_id\" <> {agent}))";
    }
}
