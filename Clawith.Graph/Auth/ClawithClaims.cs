namespace Clawith.Graph.Auth;

/// <summary>The claim names in Clawith's tokens.</summary>
public static class ClawithClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    /// <summary>The caller's tenant as the database has it (users.tenant_id), set by the server, never read from a token.</summary>
    public const string Tenant = "clawith:tenant_id";
    public const string AuthenticationType = "Clawith";
}
