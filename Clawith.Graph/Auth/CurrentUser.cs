using System.Security.Claims;
using Clawith.Graph.Data.Entities;

namespace Clawith.Graph.Auth;

/// <summary>The caller, as the authentication step loaded them from the database (their tenant too, where it has one).</summary>
public sealed record CurrentUser(Guid Id, UserRole Role, Guid? TenantId = null)
{
    /// <summary>The tenant the caller's token names, where it names one (<see cref="ClawithClaims.TokenTenant"/>); only agent access reads it.</summary>
    public Guid? TokenTenantId { get; init; }

    /// <summary>Null for an anonymous caller or one whose token did not pass validation.</summary>
    public static CurrentUser? From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity is not { IsAuthenticated: true, AuthenticationType: ClawithClaims.AuthenticationType })
            return null;
        var id = principal.FindFirst(ClawithClaims.Subject)?.Value;
        var role = principal.FindFirst(ClawithClaims.Role)?.Value;
        var tenant = Guid.TryParse(principal.FindFirst(ClawithClaims.Tenant)?.Value, out var tenantId) ? tenantId : (Guid?)null;
        Guid? tokenTenant = Guid.TryParse(principal.FindFirst(ClawithClaims.TokenTenant)?.Value, out var tokenTenantId) ? tokenTenantId : null;
        return Guid.TryParse(id, out var userId) && role is not null
            ? new CurrentUser(userId, UserRoleLabels.RightsOf(role), tenant) { TokenTenantId = tokenTenant }
            : null;
    }

    public bool CanViewAllSessions => Role.CanViewAllSessions();
}
