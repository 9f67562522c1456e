using Clawith.Graph.Auth;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.DataLoading;
using Clawith.Graph.Sessions;
using GraphQL.DataLoader;

namespace Clawith.Graph.Rest;

/// <summary>What a generation's SessionOut carries beyond Clawith's REST module's fields, asked for without awaiting (one batch per list).</summary>
public interface ISessionOutFields
{
    IDataLoaderResult<SessionOut> Complete(SessionOut entry, ChatSession session, CurrentUser caller);
}

/// <summary>225b36fd: Clawith's REST module's SessionOut, nothing added.</summary>
public sealed class SessionOutFields225b36fd : ISessionOutFields
{
    public IDataLoaderResult<SessionOut> Complete(SessionOut entry, ChatSession session, CurrentUser caller) => DataLoaderResults.FromValue(entry);
}

/// <summary>251aeba8 (RULES L6, L9, C6): unread_count, the caller's own as the graph's unreadCount, and is_primary.</summary>
public sealed class SessionOutFields251aeba8(IUnreadCounts unread, ISessionColumns columns) : ISessionOutFields
{
    public IDataLoaderResult<SessionOut> Complete(SessionOut entry, ChatSession session, CurrentUser caller) =>
        DataLoaderResults.Combine(unread.OfSession(session, caller), columns.IsPrimary(session),
            (count, primary) => entry with { UnreadCount = count, IsPrimary = primary });
}
