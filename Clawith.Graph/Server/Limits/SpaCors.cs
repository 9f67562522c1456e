namespace Clawith.Graph.Server.Limits;

/// <summary>
/// CORS for the SPA: only the origins in <c>Cors:AllowedOrigins</c> (none by default) may call from a
/// browser, preflight included. Tokens travel in the Authorization header, never in cookies, so
/// credentials are not allowed; Retry-After is exposed so the SPA can honour a 503.
/// </summary>
public static class SpaCors
{
    public const string Policy = "spa";

    public static IServiceCollection AddSpaCors(this IServiceCollection services, CorsOriginsOptions options) =>
        services.AddCors(cors => cors.AddPolicy(Policy, policy => policy
            .WithOrigins([.. options.AllowedOrigins.Select(origin => origin.Trim().TrimEnd('/'))])
            .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Patch, HttpMethods.Delete)
            .AllowAnyHeader()
            .WithExposedHeaders("Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
}
