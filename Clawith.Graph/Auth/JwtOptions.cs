using Clawith.Graph.Configuration;

namespace Clawith.Graph.Auth;

/// <summary>
/// The <c>Jwt</c> section: the HS256 key Clawith's backend signs its tokens with. Checked at start
/// (<see cref="Check"/>, and <see cref="JwtKeyOutsideDevelopment"/> for the rule that depends on the
/// environment): a blank key would sign with zero bytes, so anyone could forge a token.
/// </summary>
public sealed class JwtOptions : ICheckedSettings
{
    public const string Section = "Jwt";

    /// <summary>This server's development key (appsettings.Development.json): public, so refused outside Development.</summary>
    public const string DevelopmentKey = "change-me-in-production";

    /// <summary>
    /// Clawith's own public default key. Clawith accepts it, so refusing it here would only break
    /// interoperation with a deployment that kept it; the server says loudly that it is public.
    /// </summary>
    public const string ClawithDefaultKey = "change-me-jwt-secret";

    private string? _issuer, _audience;

    public string SecretKey { get; set; } = "";
    public string Algorithm { get; set; } = "HS256";

    /// <summary>When set, a token's <c>iss</c> must be this (Clawith sets none: off by default; blank is off).</summary>
    public string? Issuer { get => _issuer; set => _issuer = NullIfBlank(value); }

    /// <summary>When set, a token's <c>aud</c> must name this (Clawith sets none: off by default; blank is off).</summary>
    public string? Audience { get => _audience; set => _audience = NullIfBlank(value); }

    /// <summary>Lifetime of the tokens the <c>token</c> command prints.</summary>
    public int TokenLifetimeMinutes { get; set; } = 1440;

    public void Check(SettingsCheck check) => check
        .That(!string.IsNullOrWhiteSpace(SecretKey),
            $"{check.Key(nameof(SecretKey))} is empty: set it to the key Clawith's backend signs its tokens with (environment variable Jwt__SecretKey).")
        .That(Algorithm == "HS256", $"{check.Key(nameof(Algorithm))} must be HS256, not '{Algorithm}'.")
        .AtLeastOne(TokenLifetimeMinutes, nameof(TokenLifetimeMinutes));

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
