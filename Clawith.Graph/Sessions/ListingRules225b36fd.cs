using Clawith.Graph.Auth;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;

namespace Clawith.Graph.Sessions;

/// <summary>
/// Clawith's REST module's listings (ARCHITECTURE §7). MINE: the caller's sessions of the agent, not group, agent or
/// trigger ones, with at least one user message to the agent. ALL: the agent's sessions, and the agent-channel
/// sessions of other agents where it is the peer, hiding those with no message. Search reads the same ALL, and
/// for MINE the caller's sessions under the agent or its peer (as session(agentId, id) finds them).
/// </summary>
public sealed class ListingRules225b36fd : IListingRules
{
    private static readonly Sql AgentChannel = Sql.Raw(ChatSession.AgentChannel), TriggerChannel = Sql.Raw(ChatSession.TriggerChannel);

    public IReadOnlyList<Sql> Branches(SqlDialect sql, Guid agentId, SessionScope scope, CurrentUser caller)
    {
        var agent = sql.Bind<ChatSession>(nameof(ChatSession.AgentId), agentId);
        Sql S(string property) => ListedSessionSql.Column(sql, property);
        if (scope == SessionScope.Mine)
        {
            var owner = sql.Bind<ChatSession>(nameof(ChatSession.UserId), caller.Id);
            var userMessageToAgent = SessionListingSql.HasUserMessageTo(sql, agent, ListedSessionSql.Conversation(sql));
            return [Sql.Of($"""
                {S(nameof(ChatSession.AgentId))} = {agent} AND {S(nameof(ChatSession.UserId))} = {owner} AND {S(nameof(ChatSession.IsGroup))} IS NOT TRUE
                AND {S(nameof(ChatSession.SourceChannel))} NOT IN ('{AgentChannel}', '{TriggerChannel}') AND {userMessageToAgent}
                """)];
        }
        return [
            Sql.Of($"{S(nameof(ChatSession.AgentId))} = {agent} AND {ListedSessionSql.HasMessages(sql)}"),
            Sql.Of($"{PeerOfOther(sql, agent)} AND {ListedSessionSql.HasMessages(sql)}"),
        ];
    }

    public Sql Searched(SqlDialect sql, Guid agentId, SessionScope scope, CurrentUser caller)
    {
        var agent = sql.Bind<ChatSession>(nameof(ChatSession.AgentId), agentId);
        Sql S(string property) => ListedSessionSql.Column(sql, property);
        if (scope == SessionScope.Mine)
            return Sql.Of($"""
                {S(nameof(ChatSession.UserId))} = {sql.Bind<ChatSession>(nameof(ChatSession.UserId), caller.Id)}
                AND ({S(nameof(ChatSession.AgentId))} = {agent} OR {S(nameof(ChatSession.PeerAgentId))} = {agent})
                """);
        return Sql.Of($"({S(nameof(ChatSession.AgentId))} = {agent} OR ({PeerOfOther(sql, agent)}))");
    }

    /// <summary>An agent-channel session of another agent whose peer is <paramref name="agent"/>.</summary>
    private static Sql PeerOfOther(SqlDialect sql, Sql agent) => Sql.Of(
        $"{ListedSessionSql.Column(sql, nameof(ChatSession.PeerAgentId))} = {agent} AND {ListedSessionSql.Column(sql, nameof(ChatSession.SourceChannel))} = '{AgentChannel}' AND {ListedSessionSql.Column(sql, nameof(ChatSession.AgentId))} <> {agent}");
}
