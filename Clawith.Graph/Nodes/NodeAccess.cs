using System.Security.Claims;
using Clawith.Graph.Agents;
using Clawith.Graph.Auth;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Sessions;
using Microsoft.AspNetCore.Authorization;

namespace Clawith.Graph.Nodes;

/// <summary>
/// How a node is authorized: exactly as its type's own root field, through the same policies. An Agent as
/// <c>agent(id)</c>; a ChatSession as <c>session(agentId, id)</c> is for its own agent or, when that refuses,
/// for its peer agent (either agent's access suffices), then its owner or an admin role; a ChatMessage as
/// reading its session. (A User: <see cref="Users.UserVisibility"/>.)
/// </summary>
public sealed class NodeAccess(IAuthorizationService authorization)
{
    public Task<AccessDenial?> AgentAsync(ClaimsPrincipal caller, Guid agentId, CancellationToken cancellationToken) =>
        authorization.DenialAsync(caller, Policies.AgentAccess, new AgentResource(agentId, cancellationToken));

    /// <summary>Null when the caller may read the session; else the refusal <c>session(its agent, id)</c> would answer.</summary>
    public async Task<AccessDenial?> SessionAsync(ClaimsPrincipal caller, ChatSession session, CancellationToken cancellationToken)
    {
        var denial = await AgentAsync(caller, session.AgentId, cancellationToken);
        if (denial is not null && session.PeerAgentId is { } peer && await AgentAsync(caller, peer, cancellationToken) is null)
            denial = null;
        return denial ?? await authorization.DenialAsync(caller, Policies.SessionAccess, SessionResource.ToRead(session));
    }
}
