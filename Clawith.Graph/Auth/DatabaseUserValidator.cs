using System.Security.Claims;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Users;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Auth;

/// <summary>
/// Runs after a token's signature and expiry pass: the user must exist and be active, and the role
/// that counts is the one stored in the database, not the token's claim.
/// </summary>
public static class DatabaseUserValidator
{
    public static async Task ValidateAsync(TokenValidatedContext context)
    {
        var services = context.HttpContext.RequestServices;
        if (!Guid.TryParse(context.Principal?.FindFirst(ClawithClaims.Subject)?.Value, out var userId))
        {
            context.Fail("The token has no user id.");
            return;
        }
        var contexts = services.GetRequiredService<IDbContextFactory<ClawithDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(context.HttpContext.RequestAborted);
        var user = await db.Users.AsNoTracking().Include(u => u.Identity)
            .FirstOrDefaultAsync(u => u.Id == userId, context.HttpContext.RequestAborted);
        if (user is null || user.IsActive == false)
        {
            context.Fail("The token's user does not exist or is inactive.");
            return;
        }
        // The caller's own row is often asked for again (me, their sessions' owner): keep it.
        services.GetRequiredService<UserLoader>().Prime(user.Id, user);
        context.Principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClawithClaims.Subject, user.Id.ToString()), new Claim(ClawithClaims.Role, user.Role.ToLabel())],
            ClawithClaims.AuthenticationType, ClawithClaims.Subject, ClawithClaims.Role));
    }
}
