namespace Clawith.Graph.Auth;

/// <summary>The claim names in Clawith's tokens.</summary>
public static class ClawithClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    /// <summary>The caller's tenant as the database has it (users.tenant_id), set by the server, never read from a token.</summary>
    public const string Tenant = "clawith:tenant_id";
    /// <summary>The tenant a Clawith 251aeba8 token names (RULES A2): Clawith issues it when the user has a tenant.</summary>
    public const string TokenTenantClaim = "tenant_id";
    /// <summary>
    /// That token's tenant, kept beside the database's: Clawith looks the agent up in the tenant of the token (A4) and
    /// then refuses an agent that is not in the user's own (A5), which differ only for a token issued before the user moved.
    /// </summary>
    public const string TokenTenant = "clawith:token_tenant_id";
    public const string AuthenticationType = "Clawith";
}
