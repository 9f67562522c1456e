namespace Clawith.Graph.Server.Cors;

/// <summary>
/// CORS for the SPA: only the origins in <c>Cors:AllowedOrigins</c> (none by default) may call from a
/// browser, preflight included. Tokens travel in the Authorization header, never in cookies, so
/// credentials are not allowed; Retry-After is exposed so the SPA can honour a 503.
/// </summary>
public static class SpaCors
{
    public const string Policy = "spa";

    /// <summary>The <c>Cors</c> section and the policy it allows.</summary>
    public static IServiceCollection AddClawithCors(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(CorsOriginsOptions.Section).Get<CorsOriginsOptions>() ?? new CorsOriginsOptions();
        return services.AddCors(cors => cors.AddPolicy(Policy, policy => policy
            .WithOrigins([.. options.AllowedOrigins.Select(origin => origin.Trim().TrimEnd('/'))])
            .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Patch, HttpMethods.Delete)
            .AllowAnyHeader()
            .WithExposedHeaders("Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
    }

    /// <summary>Preflights are answered here, before anything authenticates or reads a body.</summary>
    public static IApplicationBuilder UseClawithCors(this IApplicationBuilder app) => app.UseCors(Policy);
}
