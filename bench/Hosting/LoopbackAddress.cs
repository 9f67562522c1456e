using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Clawith.Graph.Bench.Hosting;

/// <summary>The address a started Kestrel server bound to (both hosts listen on a free loopback port).</summary>
public static class LoopbackAddress
{
    public static Uri Of(IServiceProvider services) =>
        new(services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
}
