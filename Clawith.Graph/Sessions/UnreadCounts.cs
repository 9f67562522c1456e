using Clawith.Graph.Agents;
using Clawith.Graph.Auth;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.DataLoading;
using GraphQL.DataLoader;

namespace Clawith.Graph.Sessions;

/// <summary>How many messages the caller has not read: in one session (ChatSession.unreadCount), or with one agent (Agent.unreadCount).</summary>
public interface IUnreadCounts
{
    IDataLoaderResult<int> OfSession(ChatSession session, CurrentUser caller);

    IDataLoaderResult<int> WithAgent(Guid agentId, CurrentUser caller);
}

/// <summary>225b36fd keeps no read marks: nothing is ever unread there.</summary>
public sealed class UnreadCounts225b36fd : IUnreadCounts
{
    public IDataLoaderResult<int> OfSession(ChatSession session, CurrentUser caller) => DataLoaderResults.FromValue(0);

    public IDataLoaderResult<int> WithAgent(Guid agentId, CurrentUser caller) => DataLoaderResults.FromValue(0);
}

/// <summary>
/// 251aeba8 (RULES L6, L10): only the caller's own sessions count, each loader one statement per batch. A session
/// of another user is 0 without asking the database (its type and deletion are judged in the statement).
/// </summary>
public sealed class UnreadCounts251aeba8(SessionUnreadLoader sessions, AgentUnreadLoader agents) : IUnreadCounts
{
    public IDataLoaderResult<int> OfSession(ChatSession session, CurrentUser caller) =>
        session.UserId == caller.Id ? sessions.Load(session.Id) : DataLoaderResults.FromValue(0);

    public IDataLoaderResult<int> WithAgent(Guid agentId, CurrentUser caller) =>
        caller.TenantId is { } tenant ? agents.Load(new AgentUnreadKey(agentId, caller.Id, tenant)) : DataLoaderResults.FromValue(0);
}
