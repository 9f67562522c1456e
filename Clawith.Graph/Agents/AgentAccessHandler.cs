using Clawith.Graph.Auth;
using Clawith.Graph.Data.Entities;
using Microsoft.AspNetCore.Authorization;

namespace Clawith.Graph.Agents;

public sealed class AgentAccessRequirement : IAuthorizationRequirement;

/// <summary>
/// The seed's check_agent_access: a missing agent is NOT_FOUND; a platform admin, the agent's creator
/// and users it is shared with (company-wide or to them) get in; anyone else is refused.
/// </summary>
public sealed class AgentAccessHandler(AgentGrantLoader grants) : AuthorizationHandler<AgentAccessRequirement, AgentResource>
{
    public const string NotFound = "Agent not found";
    public const string Denied = "No access to this agent";

    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, AgentAccessRequirement requirement, AgentResource resource)
    {
        if (CurrentUser.From(context.User) is not { } caller)
            return;
        var grant = await grants.LoadAsync((resource.AgentId, caller.Id), resource.CancellationToken);
        if (grant is null)
            context.Fail(new NotFoundReason(this, NotFound));
        else if (caller.Role == UserRole.PlatformAdmin || grant.Agent.CreatorId == caller.Id || grant.SharedWithUser)
            context.Succeed(requirement);
        else
            context.Fail(new AuthorizationFailureReason(this, Denied));
    }
}
