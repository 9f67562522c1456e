namespace Clawith.Graph.Auth;

/// <summary>The <c>Jwt</c> section: the HS256 key Clawith's backend signs its tokens with.</summary>
public sealed class JwtOptions
{
    public const string Section = "Jwt";
    public const string DevelopmentKey = "change-me-in-production";

    public string SecretKey { get; set; } = DevelopmentKey;
    public string Algorithm { get; set; } = "HS256";
    /// <summary>Lifetime of the tokens the <c>token</c> command prints.</summary>
    public int TokenLifetimeMinutes { get; set; } = 1440;
}
