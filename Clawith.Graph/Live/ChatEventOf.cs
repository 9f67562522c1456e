using Clawith.Graph.Data.Entities;

namespace Clawith.Graph.Live;

/// <summary>The event of a change to a session, carrying the session's routing facts.</summary>
public static class ChatEventOf
{
    public static ChatEvent Session(ChatEventKind kind, ChatSession session, Guid? messageId = null) =>
        new(kind, session.AgentId, session.Id, session.UserId, session.PeerAgentId, session.SourceChannel, session.IsGroup == true, messageId);
}
