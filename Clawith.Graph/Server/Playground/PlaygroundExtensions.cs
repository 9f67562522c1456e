namespace Clawith.Graph.Server.Playground;

/// <summary>Banana Cake Pop at /graphql for browsers (ARCHITECTURE §9), served from this server with no internet.</summary>
public static class PlaygroundExtensions
{
    public static IServiceCollection AddClawithPlayground(this IServiceCollection services) =>
        services.AddSingleton(_ => PlaygroundAssets.Embedded());

    /// <summary>
    /// Middleware rather than endpoints: the page shares its route with the GraphQL GET endpoint and is
    /// told apart by the Accept header, which routing does not look at. Put it before MapClawithGraph.
    /// </summary>
    public static IApplicationBuilder UseClawithPlayground(this IApplicationBuilder app)
    {
        var assets = app.ApplicationServices.GetRequiredService<PlaygroundAssets>();
        return app
            .UseMiddleware<PlaygroundMiddleware>()
            .UseStaticFiles(PlaygroundStaticFiles.Options(assets));
    }
}
