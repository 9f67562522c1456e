namespace Clawith.Graph.Auth;

public static class DevelopmentKeyWarning
{
    /// <summary>The development key is public: outside Development, say so loudly at start.</summary>
    public static void WarnIfDevelopmentKey(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment() && app.Services.GetRequiredService<JwtOptions>().SecretKey == JwtOptions.DevelopmentKey)
            app.Logger.LogWarning("Jwt:SecretKey is the public development key: set it to Clawith's key (Jwt__SecretKey) before exposing this server.");
    }
}
