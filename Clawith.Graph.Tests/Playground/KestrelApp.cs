using Clawith.Graph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Clawith.Graph.Tests.Playground;

/// <summary>
/// The app of a <see cref="ClawithAppFactory"/> (same settings, same seeded database) served by Kestrel
/// on a free loopback port: a browser needs a real socket, not the in-memory test server.
/// </summary>
internal sealed class KestrelApp(WebApplicationFactory<Program> factory, Uri address) : IAsyncDisposable
{
    public Uri Address => address;

    /// <summary>The Kestrel-served app's own services (it is a host of its own, beside the factory's).</summary>
    public IServiceProvider Services => factory.Services;

    /// <param name="configure">Settings or services for this host only (the database stays the factory's).</param>
    public static KestrelApp Start(ClawithAppFactory app, Action<IWebHostBuilder>? configure = null)
    {
        var factory = app.WithWebHostBuilder(builder => configure?.Invoke(builder));
        factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        return new KestrelApp(factory, new Uri(addresses.Addresses.Single()));
    }

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}
