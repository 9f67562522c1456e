using System.Security.Claims;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Users;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Clawith.Graph.Auth;

/// <summary>
/// Runs after a token's signature and expiry pass, for HTTP requests and WebSocket connections alike:
/// the user must exist and be active, and the role that counts is the one stored in the database, not
/// the token's claim. So is the tenant (251aeba8): the database's users.tenant_id; the token's tenant_id claim is kept
/// apart, for finding the agent only (RULES A2, A4, A5).
/// </summary>
public static class DatabaseUserValidator
{
    public static async Task ValidateAsync(TokenValidatedContext context)
    {
        var (principal, failure) = await CallerOfAsync(context.Principal, context.HttpContext.RequestServices, context.HttpContext.RequestAborted);
        if (principal is null)
            context.Fail(failure!);
        else
            context.Principal = principal;
    }

    /// <summary>The caller a validated token names, as the database has them, or why there is none.</summary>
    public static async Task<(ClaimsPrincipal? Principal, string? Failure)> CallerOfAsync(
        ClaimsPrincipal? token, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(token?.FindFirst(ClawithClaims.Subject)?.Value, out var userId))
            return (null, "The token has no user id.");
        // Through the scope's loader, which keeps the row: the caller is often asked for again (me, their sessions' owner).
        var user = await services.GetRequiredService<UserLoader>().LoadAsync(userId, cancellationToken);
        if (user is null || user.IsActive == false)
            return (null, "The token's user does not exist or is inactive.");
        List<Claim> claims = [new(ClawithClaims.Subject, user.Id.ToString()), new(ClawithClaims.Role, user.Role.ToLabel())];
        if (user.TenantId is { } tenant)
            claims.Add(new Claim(ClawithClaims.Tenant, tenant.ToString()));
        if (Guid.TryParse(token!.FindFirst(ClawithClaims.TokenTenantClaim)?.Value, out var tokenTenant))
            claims.Add(new Claim(ClawithClaims.TokenTenant, tokenTenant.ToString()));
        return (new ClaimsPrincipal(new ClaimsIdentity(claims, ClawithClaims.AuthenticationType, ClawithClaims.Subject, ClawithClaims.Role)), null);
    }
}
