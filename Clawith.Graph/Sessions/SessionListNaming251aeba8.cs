using Clawith.Graph.Agents;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.DataLoading;
using Clawith.Graph.Participants;
using Clawith.Graph.Users;
using GraphQL.DataLoader;

namespace Clawith.Graph.Sessions;

/// <summary>
/// Clawith 251aeba8's naming (RULES L8), by session_type, a2a first: 'Agent A - B' (A the session's agent, B its
/// peer_agent_id), participant type AGENT, and as its peer the other agent relative to the one it is listed under;
/// then a group: its group's name, else its title, else "Group Chat", participant type GROUP; anything else,
/// trigger sessions included, its owner's name. Only a group carries is_group and group_name.
/// </summary>
public sealed class SessionListNaming251aeba8(ISessionColumns columns, AgentLoader agents, UserLoader users) : ISessionListNaming
{
    public IDataLoaderResult<ListedNames> Of(ChatSession session, Guid listedUnder)
    {
        // Every name any kind needs is asked for before the kind is known, so a page's names stay one batch per
        // loader (the listing has primed them all) instead of one load per session once each kind is read.
        var kind = columns.TypeOf(session);
        var agent = agents.Load(session.AgentId);
        var peer = session.PeerAgentId is { } peerId ? agents.Load(peerId) : DataLoaderResults.FromValue<Agent?>(null);
        var owner = users.Load(session.UserId);
        return DataLoaderResults.Later(async cancellationToken => await kind.GetResultAsync(cancellationToken) switch
        {
            SessionKind.AgentToAgent => AgentToAgent(session, listedUnder,
                (await agent.GetResultAsync(cancellationToken))?.Name, (await peer.GetResultAsync(cancellationToken))?.Name),
            SessionKind.Group => new ListedNames(SessionNaming.GroupName(session), ParticipantType.Group, IsGroup: true, session.GroupName, null, null),
            _ => new ListedNames(SessionNaming.OwnerName(await owner.GetResultAsync(cancellationToken)), ParticipantType.User, IsGroup: false, null, null, null),
        });
    }

    public IDataLoaderResult<ParticipantType> ParticipantTypeOf(ChatSession session) => columns.TypeOf(session).Then(kind => kind switch
    {
        SessionKind.AgentToAgent => ParticipantType.Agent,
        SessionKind.Group => ParticipantType.Group,
        _ => ParticipantType.User,
    });

    private static ListedNames AgentToAgent(ChatSession session, Guid listedUnder, string? agentName, string? peerName)
    {
        var underItsAgent = session.AgentId == listedUnder;
        return new ListedNames(SessionNaming.AgentToAgentName(agentName, peerName), ParticipantType.Agent, IsGroup: false, null,
            underItsAgent ? session.PeerAgentId : session.AgentId, SessionNaming.AgentName(underItsAgent ? peerName : agentName));
    }
}
