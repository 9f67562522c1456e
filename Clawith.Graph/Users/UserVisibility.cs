using System.Security.Claims;
using Clawith.Graph.Agents;
using Clawith.Graph.Auth;
using Microsoft.AspNetCore.Authorization;

namespace Clawith.Graph.Users;

/// <summary>
/// Whether a caller may see a user as a node: the users the graph already shows them. The caller
/// themself (<c>me</c>); the creator of an agent the caller has access to (<c>agent(id).creator</c>); the
/// owner of a session the caller may read, and a user who sent a message in one (<c>session(agentId, id)</c>'s
/// <c>user</c> and senders). A session may be read as <c>session(agentId, id)</c> rules: access to its agent
/// or, for an agent-to-agent session, its peer, then its owner or one who views all of that agent's sessions.
/// Each rule is the existing one: the AgentAccess policy, and <see cref="IAgentAccessRule.ViewsAllSessionsAsync"/>
/// (on 251aeba8 the agent's creator too, A10).
/// </summary>
/// <remarks>
/// Its SQL is the witnesses' (<see cref="UserWitnessLoader"/>) and the agents' grants: a caller of many users
/// asks for all their witnesses, then all the grants those name, before judging any, so each is one statement.
/// </remarks>
public sealed class UserVisibility(IAuthorizationService authorization, UserWitnessLoader witnesses, IAgentAccessRule agents)
{
    public async Task<bool> SeesAsync(ClaimsPrincipal principal, CurrentUser caller, Guid userId, CancellationToken cancellationToken)
    {
        if (userId == caller.Id)
            return true;
        foreach (var witness in await witnesses.LoadAsync((userId, caller), cancellationToken))
            foreach (var agentId in witness.Agents)
                if (await authorization.DenialAsync(principal, Policies.AgentAccess, new AgentResource(agentId, cancellationToken)) is null
                    && (!witness.ThroughSession || witness.CallerOwnsSession || await agents.ViewsAllSessionsAsync(caller, agentId, cancellationToken)))
                    return true;
        return false;
    }
}
