using Clawith.Graph.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Clawith.Graph.Rest;

/// <summary>
/// The REST routes are authorized as a group (<see cref="RestEndpoints"/>), so a route that forgets a
/// check is still closed. A caller the group refuses gets FastAPI's answer, not ASP.NET Core's empty
/// one: 401 with <c>WWW-Authenticate: Bearer</c> and <c>{"detail"}</c>, as Clawith's REST module's dependency sends.
/// Anything outside the routes keeps ASP.NET Core's handling.
/// </summary>
public sealed class RestAuthorizationAnswers : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _standard = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded || !context.Request.Path.StartsWithSegments(RestEndpoints.Prefix))
        {
            await _standard.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        var rejection = RestRejection.From(AccessDenial.From(authorizeResult.AuthorizationFailure));
        await RestRejectionFilter.Answer(rejection, context).ExecuteAsync(context);
    }
}
