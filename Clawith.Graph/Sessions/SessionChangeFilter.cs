using Clawith.Graph.Data.Entities;
using Clawith.Graph.Live;

namespace Clawith.Graph.Sessions;

/// <summary>
/// What a chat event is to a sessionChanged subscriber, as the listing sessions(agentId, scope) gives the
/// caller: ADDED when the session enters that listing, DELETED when a listed session is deleted, RENAMED
/// and MESSAGE_ADDED while it stays listed, READ to its owner alone when they marked it read (their unread count is
/// theirs), nothing for a session outside it. Decided from the event alone
/// (the writer put in it the listings before and after its change): no SQL per event and subscriber.
/// </summary>
public static class SessionChangeFilter
{
    public static Func<ChatEvent, SessionChange?> For(Guid agentId, SessionScope scope, Guid callerId) => scope == SessionScope.All
        ? chatEvent => RoutedToAll(chatEvent, agentId) && (chatEvent.Kind != ChatEventKind.SessionRead || chatEvent.OwnerId == callerId)
            ? Change(chatEvent, chatEvent.Before.All, chatEvent.After.All)
            : null
        : chatEvent => chatEvent.AgentId == agentId && chatEvent.OwnerId == callerId
            ? Change(chatEvent, chatEvent.Before.Mine, chatEvent.After.Mine)
            : null;

    /// <summary>Whether the agent's ALL can list the session: its own, or an agent-to-agent one where it is the peer.</summary>
    private static bool RoutedToAll(ChatEvent chatEvent, Guid agentId) =>
        chatEvent.AgentId == agentId || (chatEvent.SourceChannel == ChatSession.AgentChannel && chatEvent.PeerAgentId == agentId);

    private static SessionChange? Change(ChatEvent chatEvent, bool wasListed, bool isListed)
    {
        SessionChangeKind? kind = (wasListed, isListed, chatEvent.Kind) switch
        {
            (false, true, _) => SessionChangeKind.Added,
            (true, false, ChatEventKind.SessionDeleted) => SessionChangeKind.Deleted,
            (true, true, ChatEventKind.SessionRenamed) => SessionChangeKind.Renamed,
            (true, true, ChatEventKind.MessageAdded) => SessionChangeKind.MessageAdded,
            (true, true, ChatEventKind.SessionRead) => SessionChangeKind.Read,
            _ => null,
        };
        return kind is { } told ? new SessionChange(told, chatEvent.SessionId) : null;
    }
}
