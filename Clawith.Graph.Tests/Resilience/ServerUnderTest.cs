using Clawith.Graph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Clawith.Graph.Tests.Resilience;

/// <summary>Another server on a test app's database, with extra settings and a counter of its transient database failures.</summary>
public static class ServerUnderTest
{
    public static WebApplicationFactory<Program> On(
        ClawithAppFactory world, TransientFailureCounter failures, params (string Key, string Value)[] settings) =>
        world.WithWebHostBuilder(host =>
        {
            foreach (var (key, value) in settings)
                host.UseSetting(key, value);
            host.ConfigureServices(services => services.AddSingleton<IInterceptor>(failures));
        });
}
