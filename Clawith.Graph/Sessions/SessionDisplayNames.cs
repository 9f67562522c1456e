using Clawith.Graph.Agents;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.DataLoading;
using Clawith.Graph.Users;
using GraphQL.DataLoader;

namespace Clawith.Graph.Sessions;

/// <summary>
/// The names a session list shows, through the request's loaders, so a page of sessions costs one
/// query per kind of name. Shared by the graph and the REST routes.
/// </summary>
public sealed class SessionDisplayNames(AgentLoader agents, UserLoader users)
{
    /// <summary>'Agent A - B' between agents, the group's name for a group, else the owner's name.</summary>
    public IDataLoaderResult<string> Of(ChatSession session)
    {
        if (session.IsAgentToAgent)
            return DataLoaderResults.Combine(agents.Load(session.AgentId), agents.Load(session.PeerAgentId!.Value),
                (agent, peer) => SessionNaming.AgentToAgentName(agent?.Name, peer?.Name));
        if (session.IsGroup == true)
            return DataLoaderResults.FromValue(SessionNaming.GroupName(session));
        return users.Load(session.UserId).Then(SessionNaming.OwnerName);
    }

    /// <summary>The peer agent's name in an agent-to-agent session; null in any other.</summary>
    public IDataLoaderResult<string?> PeerNameOf(ChatSession session) =>
        session.IsAgentToAgent
            ? agents.Load(session.PeerAgentId!.Value).Then(peer => (string?)SessionNaming.AgentName(peer?.Name))
            : DataLoaderResults.FromValue<string?>(null);
}
