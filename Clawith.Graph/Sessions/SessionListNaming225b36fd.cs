using Clawith.Graph.Data.Entities;
using Clawith.Graph.DataLoading;
using Clawith.Graph.Participants;
using GraphQL.DataLoader;

namespace Clawith.Graph.Sessions;

/// <summary>
/// Clawith's REST module's naming: an agent-channel session with a peer is named 'Agent A - B' and its peer is its
/// peer_agent_id, whichever agent it is listed under; a group chat (is_group) its group's name, and its participant
/// type is GROUP before AGENT; the rest their owner's name. Its group fields are the session's columns.
/// </summary>
public sealed class SessionListNaming225b36fd(SessionDisplayNames names) : ISessionListNaming
{
    public IDataLoaderResult<ListedNames> Of(ChatSession session, Guid listedUnder) =>
        DataLoaderResults.Combine(names.Of(session), names.PeerNameOf(session), (name, peerName) => new ListedNames(
            name, SessionNaming.ParticipantTypeOf(session), session.IsGroup == true, session.GroupName,
            session.IsAgentToAgent ? session.PeerAgentId : null, peerName));

    public IDataLoaderResult<ParticipantType> ParticipantTypeOf(ChatSession session) =>
        DataLoaderResults.FromValue(SessionNaming.ParticipantTypeOf(session));
}
