using Clawith.Graph.Agents;
using Clawith.Graph.Auth;
using Microsoft.AspNetCore.Authorization;

namespace Clawith.Graph.Sessions;

public sealed class SessionAccessRequirement : IAuthorizationRequirement;

/// <summary>
/// A session's access: found for its purpose (<see cref="ISessionRules"/>), then its owner, or (unless
/// owner-only) one who views all of the agent's sessions (<see cref="IAgentAccessRule"/>).
/// </summary>
public sealed class SessionAccessHandler(SessionLoader sessions, ISessionRules rules, IAgentAccessRule agents)
    : AuthorizationHandler<SessionAccessRequirement, SessionResource>
{
    public const string NotFound = "Session not found";

    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, SessionAccessRequirement requirement, SessionResource resource)
    {
        if (CurrentUser.From(context.User) is not { } caller)
            return;
        var session = resource.Known is { } known && rules.IsComplete(known)
            ? known
            : await sessions.LoadAsync(resource.SessionId, resource.CancellationToken);
        if (session is null || !rules.IsFound(resource, session, caller))
            context.Fail(new NotFoundReason(this, NotFound));
        else if (session.UserId == caller.Id
            || (!resource.OwnerOnly && await agents.ViewsAllSessionsAsync(caller, resource.AgentId, resource.CancellationToken)))
            context.Succeed(requirement);
        else
            context.Fail(new AuthorizationFailureReason(this, resource.DeniedMessage));
    }

    /// <summary>
    /// Clawith's REST module's rule once the session is found, with no agent at hand: its owner, or (unless owner-only) an
    /// admin role (search's scope says it in SQL). On 251aeba8 it leaves out the agent's creator (A10), so there it
    /// admits fewer, never more; where the agent is at hand, view-all is <see cref="IAgentAccessRule.ViewsAllSessionsAsync"/>.
    /// </summary>
    public static bool Admits(CurrentUser caller, bool callerOwnsIt, bool ownerOnly = false) =>
        callerOwnsIt || (!ownerOnly && caller.CanViewAllSessions);
}
