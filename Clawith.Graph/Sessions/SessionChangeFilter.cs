using Clawith.Graph.Data.Entities;
using Clawith.Graph.Live;

namespace Clawith.Graph.Sessions;

/// <summary>
/// Which chat events a sessionChanged subscriber sees: the sessions its listing with the same scope
/// would hold, decided from the event alone (no SQL per event). Unlike the listing, a session is not
/// hidden for having no message yet: its first message is itself a change worth telling.
/// </summary>
public static class SessionChangeFilter
{
    public static Func<ChatEvent, bool> For(Guid agentId, SessionScope scope, Guid callerId) => scope == SessionScope.All
        ? chatEvent => chatEvent.AgentId == agentId
            || chatEvent.SourceChannel == ChatSession.AgentChannel && chatEvent.PeerAgentId == agentId
        : chatEvent => chatEvent.AgentId == agentId
            && chatEvent.OwnerId == callerId
            && !chatEvent.IsGroup
            && chatEvent.SourceChannel != ChatSession.AgentChannel
            && chatEvent.SourceChannel != ChatSession.TriggerChannel;
}
