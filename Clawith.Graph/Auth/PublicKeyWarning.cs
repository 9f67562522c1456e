namespace Clawith.Graph.Auth;

public static class PublicKeyWarning
{
    /// <summary>
    /// Clawith's public default key starts the server (Clawith itself accepts it), but anyone can sign a
    /// platform admin's token with it: say so at every start, at the level operators cannot miss.
    /// </summary>
    public static void WarnIfPublicKey(this WebApplication app)
    {
        if (app.Services.GetRequiredService<JwtOptions>().SecretKey == JwtOptions.ClawithDefaultKey)
            app.Logger.LogCritical(
                "Jwt:SecretKey is Clawith's public default key '{Key}': anyone can forge a token for any user, platform admins included. " +
                "Give Clawith's backend and this server (Jwt__SecretKey) a secret key of your own.", JwtOptions.ClawithDefaultKey);
    }
}
