using Clawith.Graph.Agents;
using Clawith.Graph.Auth;
using Microsoft.AspNetCore.Authorization;

namespace Clawith.Graph.Sessions;

public sealed class SessionScopeRequirement : IAuthorizationRequirement;

/// <summary>What the SessionScope policy judges: a listing of an agent's sessions, in a scope.</summary>
public sealed record SessionScopeResource(Guid AgentId, SessionScope Scope, CancellationToken CancellationToken);

/// <summary>Anyone may list their own sessions; listing ALL is for those who view all of the agent's sessions (<see cref="IAgentAccessRule"/>).</summary>
public sealed class SessionScopeHandler(IAgentAccessRule rule) : AuthorizationHandler<SessionScopeRequirement, SessionScopeResource>
{
    public const string Denied = "Not authorized to view all sessions";

    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, SessionScopeRequirement requirement, SessionScopeResource resource)
    {
        if (CurrentUser.From(context.User) is not { } caller)
            return;
        if (resource.Scope == SessionScope.Mine || await rule.ViewsAllSessionsAsync(caller, resource.AgentId, resource.CancellationToken))
            context.Succeed(requirement);
        else
            context.Fail(new AuthorizationFailureReason(this, Denied));
    }
}
