using Clawith.Graph.Auth;
using Microsoft.AspNetCore.Authorization;

namespace Clawith.Graph.Sessions;

public sealed class SessionScopeRequirement : IAuthorizationRequirement;

/// <summary>Anyone may list their own sessions; listing ALL is for the three admin roles.</summary>
public sealed class SessionScopeHandler : AuthorizationHandler<SessionScopeRequirement, SessionScope>
{
    public const string Denied = "Not authorized to view all sessions";

    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, SessionScopeRequirement requirement, SessionScope scope)
    {
        if (CurrentUser.From(context.User) is not { } caller)
            return Task.CompletedTask;
        if (scope == SessionScope.Mine || caller.CanViewAllSessions)
            context.Succeed(requirement);
        else
            context.Fail(new AuthorizationFailureReason(this, Denied));
        return Task.CompletedTask;
    }
}
