namespace Clawith.Graph.Auth;

/// <summary>The claim names in Clawith's tokens.</summary>
public static class ClawithClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string AuthenticationType = "Clawith";
}
