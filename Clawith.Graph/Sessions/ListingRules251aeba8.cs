using Clawith.Graph.Auth;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;

namespace Clawith.Graph.Sessions;

/// <summary>
/// Clawith 251aeba8's listings: only active sessions (deleted_at null) of the caller's tenant (A11). MINE (L2): the
/// caller's direct sessions of the agent, from any channel (IM one-to-one chats too; never group, a2a or trigger).
/// ALL (L3): the agent's sessions, and the a2a sessions of other agents where it is the peer. Both hide a session
/// with no message of any role (L7), counted through the session (§0.2). Search reads ALL's sessions, and for MINE
/// the caller's own that session(agentId, id) finds: under the agent, or the peer of an a2a session (M2).
/// A caller without a tenant lists nothing (A3 refuses them before any listing).
/// </summary>
public sealed class ListingRules251aeba8 : IListingRules
{
    private static readonly Sql Direct = Sql.Raw(SessionTypes.Direct), AgentToAgent = Sql.Raw(SessionTypes.AgentToAgent);
    private static readonly Sql Nothing = Sql.Raw("1 = 0");

    public IReadOnlyList<Sql> Branches(SqlDialect sql, Guid agentId, SessionScope scope, CurrentUser caller)
    {
        var agent = sql.Bind<ChatSession>(nameof(ChatSession.AgentId), agentId);
        var active = Active(sql, caller);
        Sql S(string property) => ListedSessionSql.Column(sql, property);
        if (scope == SessionScope.Mine)
            return [Sql.Of($"""
                {S(nameof(ChatSession.AgentId))} = {agent} AND {S(nameof(ChatSession.UserId))} = {sql.Bind<ChatSession>(nameof(ChatSession.UserId), caller.Id)}
                AND {S(nameof(ChatSession.SessionType))} = '{Direct}' AND {active} AND {ListedSessionSql.HasMessages(sql)}
                """)];
        return [
            Sql.Of($"{S(nameof(ChatSession.AgentId))} = {agent} AND {active} AND {ListedSessionSql.HasMessages(sql)}"),
            Sql.Of($"{PeerOfOther(sql, agent)} AND {active} AND {ListedSessionSql.HasMessages(sql)}"),
        ];
    }

    public Sql Searched(SqlDialect sql, Guid agentId, SessionScope scope, CurrentUser caller)
    {
        var agent = sql.Bind<ChatSession>(nameof(ChatSession.AgentId), agentId);
        var active = Active(sql, caller);
        Sql S(string property) => ListedSessionSql.Column(sql, property);
        if (scope == SessionScope.Mine)
            return Sql.Of($"""
                {active} AND {S(nameof(ChatSession.UserId))} = {sql.Bind<ChatSession>(nameof(ChatSession.UserId), caller.Id)}
                AND ({S(nameof(ChatSession.AgentId))} = {agent} OR ({S(nameof(ChatSession.SessionType))} = '{AgentToAgent}' AND {S(nameof(ChatSession.PeerAgentId))} = {agent}))
                """);
        return Sql.Of($"{active} AND ({S(nameof(ChatSession.AgentId))} = {agent} OR ({PeerOfOther(sql, agent)}))");
    }

    /// <summary>The session is active and in the caller's tenant (A11, L2, L3).</summary>
    private static Sql Active(SqlDialect sql, CurrentUser caller) => caller.TenantId is { } tenant
        ? Sql.Of($"""
            {ListedSessionSql.Column(sql, nameof(ChatSession.TenantId))} = {sql.Bind<ChatSession>(nameof(ChatSession.TenantId), tenant)}
            AND {ListedSessionSql.Column(sql, nameof(ChatSession.DeletedAt))} IS NULL
            """)
        : Nothing;

    /// <summary>An a2a session of another agent whose peer is <paramref name="agent"/>: the agent's own are its first branch.</summary>
    private static Sql PeerOfOther(SqlDialect sql, Sql agent) => Sql.Of(
        $"{ListedSessionSql.Column(sql, nameof(ChatSession.PeerAgentId))} = {agent} AND {ListedSessionSql.Column(sql, nameof(ChatSession.SessionType))} = '{AgentToAgent}' AND {ListedSessionSql.Column(sql, nameof(ChatSession.AgentId))} <> {agent}");
}
