using Clawith.Graph.Auth;
using Microsoft.AspNetCore.Authorization;

namespace Clawith.Graph.Agents;

public sealed class AgentAccessRequirement : IAuthorizationRequirement;

/// <summary>
/// Agent access, as the database's generation rules it (<see cref="IAgentAccessRule"/>): a missing agent is
/// NOT_FOUND; the rule admits or refuses the rest.
/// </summary>
public sealed class AgentAccessHandler(AgentGrantLoader grants, IAgentAccessRule rule) : AuthorizationHandler<AgentAccessRequirement, AgentResource>
{
    public const string NotFound = "Agent not found";
    public const string Denied = "No access to this agent";

    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, AgentAccessRequirement requirement, AgentResource resource)
    {
        if (CurrentUser.From(context.User) is not { } caller)
            return;
        var decision = rule.Decide(caller, await grants.LoadAsync((resource.AgentId, caller.Id), resource.CancellationToken));
        if (decision.Granted)
            context.Succeed(requirement);
        else if (decision.NotFound)
            context.Fail(new NotFoundReason(this, decision.Message));
        else
            context.Fail(new AuthorizationFailureReason(this, decision.Message));
    }
}
