using Clawith.Graph.Data.Entities;
using Clawith.Graph.DataLoading;
using GraphQL.DataLoader;

namespace Clawith.Graph.Sessions;

/// <summary>What a session's type and primacy are, as far as the database's generation can say (the graph's sessionType and isPrimary).</summary>
public interface ISessionColumns
{
    IDataLoaderResult<SessionKind> TypeOf(ChatSession session);

    IDataLoaderResult<bool> IsPrimary(ChatSession session);
}

/// <summary>225b36fd has no session_type or is_primary: the type is derived from the channel and group flag, and no session is primary.</summary>
public sealed class SessionColumns225b36fd : ISessionColumns
{
    public IDataLoaderResult<SessionKind> TypeOf(ChatSession session) => DataLoaderResults.FromValue(SessionKinds.Derived(session));

    public IDataLoaderResult<bool> IsPrimary(ChatSession session) => DataLoaderResults.FromValue(false);
}

/// <summary>
/// 251aeba8: the columns as stored (a listing's row carries them: <see cref="IListedSessionColumns"/>). A session read
/// without them is read again through the request's <see cref="SessionLoader"/>, one query for a whole page. A type
/// Clawith never writes (SQLite's text column takes any) reads as derived from the channel.
/// </summary>
public sealed class SessionColumns251aeba8(ISessionRules rules, SessionLoader sessions) : ISessionColumns
{
    public IDataLoaderResult<SessionKind> TypeOf(ChatSession session) =>
        Complete(session).Then(row => SessionKinds.Parse(row?.SessionType) ?? SessionKinds.Derived(session));

    public IDataLoaderResult<bool> IsPrimary(ChatSession session) => Complete(session).Then(row => row?.IsPrimary == true);

    private IDataLoaderResult<ChatSession?> Complete(ChatSession session) =>
        rules.IsComplete(session) ? DataLoaderResults.FromValue<ChatSession?>(session) : sessions.Load(session.Id);
}
