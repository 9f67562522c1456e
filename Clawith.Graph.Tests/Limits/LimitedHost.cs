using System.Net.Http.Headers;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Clawith.Graph.Tests.Limits;

/// <summary>
/// The app of a <see cref="ClawithAppFactory"/> (same database, same SQL counter) started again with
/// some settings changed, and optionally another environment or extra services.
/// </summary>
public sealed class LimitedHost(ClawithAppFactory app, WebApplicationFactory<Program> host) : IAsyncDisposable
{
    public ClawithAppFactory App => app;

    public static LimitedHost Start(ClawithAppFactory app, params (string Key, string Value)[] settings) =>
        Start(app, environment: null, configure: null, settings);

    public static LimitedHost Start(
        ClawithAppFactory app, string? environment, Action<IServiceCollection>? configure, params (string Key, string Value)[] settings) =>
        new(app, Configured(app, environment, configure, settings));

    /// <summary>The same, served by Kestrel on a loopback port: what a real server does with a failure or a socket.</summary>
    public static LimitedHost StartOnKestrel(
        ClawithAppFactory app, string? environment, Action<IServiceCollection>? configure, params (string Key, string Value)[] settings)
    {
        var host = Configured(app, environment, configure, settings);
        host.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        host.StartServer();
        return new LimitedHost(app, host);
    }

    private static WebApplicationFactory<Program> Configured(
        ClawithAppFactory app, string? environment, Action<IServiceCollection>? configure, (string Key, string Value)[] settings) =>
        app.WithWebHostBuilder(builder =>
        {
            if (environment is not null)
                builder.UseEnvironment(environment);
            foreach (var (key, value) in settings)
                builder.UseSetting(key, value);
            if (configure is not null)
                builder.ConfigureServices(configure);
        });

    public HttpClient Http() => host.CreateClient();

    public IServiceProvider Services => host.Services;

    public GraphClient Anonymous() => new(host.CreateClient(), app);

    /// <summary>A client of this host that sends a real token for <paramref name="userId"/>.</summary>
    public GraphClient As(Guid userId)
    {
        var http = host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", app.TokenFor(userId));
        return new GraphClient(http, app);
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
