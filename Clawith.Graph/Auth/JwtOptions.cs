namespace Clawith.Graph.Auth;

/// <summary>The <c>Jwt</c> section: the HS256 key Clawith's backend signs its tokens with.</summary>
public sealed class JwtOptions
{
    public const string Section = "Jwt";
    private const string SecretKeySetting = $"{Section}:SecretKey";

    /// <summary>This server's development key (appsettings.Development.json): public, so refused outside Development.</summary>
    public const string DevelopmentKey = "change-me-in-production";

    /// <summary>
    /// Clawith's own public default key. Clawith accepts it, so refusing it here would only break
    /// interoperation with a deployment that kept it; the server says loudly that it is public.
    /// </summary>
    public const string ClawithDefaultKey = "change-me-jwt-secret";

    public string SecretKey { get; set; } = "";
    public string Algorithm { get; set; } = "HS256";
    /// <summary>When set, a token's <c>iss</c> must be this (Clawith sets none: off by default).</summary>
    public string? Issuer { get; set; }
    /// <summary>When set, a token's <c>aud</c> must name this (Clawith sets none: off by default).</summary>
    public string? Audience { get; set; }
    /// <summary>Lifetime of the tokens the <c>token</c> command prints.</summary>
    public int TokenLifetimeMinutes { get; set; } = 1440;

    /// <summary>
    /// The section, checked: a blank key (which would sign with zero bytes, so anyone could forge a
    /// token) stops the server, and so does the public development key outside Development.
    /// </summary>
    public static JwtOptions From(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(Section).Get<JwtOptions>() ?? new JwtOptions();
        if (string.IsNullOrWhiteSpace(options.SecretKey))
            throw new InvalidOperationException(
                $"{SecretKeySetting} is empty: set it to the key Clawith's backend signs its tokens with (environment variable Jwt__SecretKey).");
        if (options.SecretKey == DevelopmentKey && !environment.IsDevelopment())
            throw new InvalidOperationException(
                $"{SecretKeySetting} is this server's public development key, which only the Development environment accepts: " +
                "set it to the key Clawith's backend signs its tokens with (environment variable Jwt__SecretKey).");
        if (options.Algorithm != "HS256")
            throw new InvalidOperationException($"{Section}:Algorithm must be HS256, not '{options.Algorithm}'.");
        if (options.TokenLifetimeMinutes < 1)
            throw new InvalidOperationException($"{Section}:TokenLifetimeMinutes must be at least 1.");
        options.Issuer = NullIfBlank(options.Issuer);
        options.Audience = NullIfBlank(options.Audience);
        return options;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
