using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Clawith.Graph.Auth;

/// <summary>One named policy judged for one resource, answered in the client's terms (<see cref="AccessDenial"/>).</summary>
public static class PolicyDenials
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    /// <summary>Why <paramref name="policy"/> refuses the caller <paramref name="resource"/>; null when it admits them.</summary>
    public static async Task<AccessDenial?> DenialAsync(this IAuthorizationService authorization, ClaimsPrincipal? caller, string policy, object? resource)
    {
        var result = await authorization.AuthorizeAsync(caller ?? Anonymous, resource, policy);
        return result.Succeeded ? null : AccessDenial.From(result.Failure);
    }
}
