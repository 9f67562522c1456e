using Clawith.Graph.Auth;
using Microsoft.AspNetCore.Authorization;

namespace Clawith.Graph.Sessions;

public sealed class SessionAccessRequirement : IAuthorizationRequirement;

/// <summary>The seed's session rule: found under the agent, then the owner or (unless owner-only) an admin role.</summary>
public sealed class SessionAccessHandler(SessionLoader sessions) : AuthorizationHandler<SessionAccessRequirement, SessionResource>
{
    public const string NotFound = "Session not found";

    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, SessionAccessRequirement requirement, SessionResource resource)
    {
        if (CurrentUser.From(context.User) is not { } caller)
            return;
        var session = resource.Known ?? await sessions.LoadAsync(resource.SessionId, resource.CancellationToken);
        if (session is null || !resource.Matches(session))
            context.Fail(new NotFoundReason(this, NotFound));
        else if (Admits(caller, callerOwnsIt: session.UserId == caller.Id, resource.OwnerOnly))
            context.Succeed(requirement);
        else
            context.Fail(new AuthorizationFailureReason(this, resource.DeniedMessage));
    }

    /// <summary>The rule once the session is found: its owner, or (unless owner-only) an admin role.</summary>
    public static bool Admits(CurrentUser caller, bool callerOwnsIt, bool ownerOnly = false) =>
        callerOwnsIt || (!ownerOnly && caller.CanViewAllSessions);
}
