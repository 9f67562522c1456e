namespace Clawith.Graph.Server.Cors;

/// <summary>The <c>Cors</c> section: the browser origins (the SPA's) that may call /graphql and the REST routes.</summary>
public sealed class CorsOriginsOptions
{
    public const string Section = "Cors";

    /// <summary>Exact origins such as <c>https://chat.example.com</c>; none by default, so no other site's page may call in.</summary>
    public string[] AllowedOrigins { get; set; } = [];
}
