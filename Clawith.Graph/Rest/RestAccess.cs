using Clawith.Graph.Auth;
using Microsoft.AspNetCore.Authorization;

namespace Clawith.Graph.Rest;

/// <summary>The routes' access checks: the graph's named policies, judged by the same handlers.</summary>
public static class RestAccess
{
    /// <summary>Throws the policy's denial as a <see cref="RestRejection"/>.</summary>
    public static async Task RequireAsync(this HttpContext http, string policy, object? resource = null)
    {
        var result = await http.RequestServices.GetRequiredService<IAuthorizationService>()
            .AuthorizeAsync(http.User, resource, policy);
        if (!result.Succeeded)
            throw RestRejection.From(AccessDenial.From(result.Failure));
    }

    /// <summary>The authenticated caller; call after a policy has passed.</summary>
    public static CurrentUser Caller(this HttpContext http) =>
        CurrentUser.From(http.User) ?? throw new InvalidOperationException("No authenticated caller: check a policy first.");
}
