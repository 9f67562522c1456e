using Clawith.Graph.Data.Entities;

namespace Clawith.Graph.Live;

/// <summary>The event of a change to a session, carrying the session's routing facts and its listings before and after.</summary>
public static class SessionChangeEvents
{
    public static ChatEvent Session(ChatEventKind kind, ChatSession session, ListedIn before, ListedIn after, Guid? messageId = null) =>
        new(kind, session.AgentId, session.Id, session.UserId, session.PeerAgentId, session.SourceChannel, session.IsGroup == true,
            before, after, messageId);
}
