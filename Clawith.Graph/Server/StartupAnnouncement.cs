using Clawith.Graph.Data;
using Clawith.Graph.Rest;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Clawith.Graph.Server;

public static class StartupAnnouncement
{
    /// <summary>Once the server listens, tells a newcomer where to point the browser, the SPA and curl, and which database it uses.</summary>
    public static void AnnounceWhereToStart(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var origin in addresses.Select(Browsable))
            {
                app.Logger.LogInformation("Playground (Banana Cake Pop): {Url} in a browser", origin + GraphQLEndpoint.Path);
                app.Logger.LogInformation("GraphQL endpoint: POST {Url}", origin + GraphQLEndpoint.Path);
                app.Logger.LogInformation("REST routes: {Url}/{{agent_id}}/sessions", origin + RestEndpoints.Prefix);
            }
            app.Logger.LogInformation("Database: {Database}", app.Services.GetRequiredService<DatabaseLocation>().Describe());
        });
    }

    /// <summary>A wildcard listening address (0.0.0.0, [::], +, *) is reached as localhost.</summary>
    private static string Browsable(string address)
    {
        var wildcard = new[] { "://0.0.0.0", "://[::]", "://+", "://*" }.FirstOrDefault(address.Contains);
        return (wildcard is null ? address : address.Replace(wildcard, "://localhost")).TrimEnd('/');
    }
}
