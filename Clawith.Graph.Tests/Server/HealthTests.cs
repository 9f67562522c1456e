using System.Net;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Clawith.Graph.Tests.Server;

/// <summary>GET /healthz says whether the database answers.</summary>
public sealed class HealthTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Fact]
    public async Task Healthz_is_200_when_the_database_answers()
    {
        var response = await app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_is_503_when_the_database_cannot_be_opened()
    {
        await using var unseeded = new ClawithAppFactory();
        await using var broken = unseeded.WithWebHostBuilder(builder => builder
            .UseSetting("ConnectionStrings:Clawith", $"Data Source={Path.Combine(Path.GetTempPath(), $"no-such-dir-{Guid.NewGuid():N}", "x.db")}")
            .UseSetting("Database:Provider", "Sqlite")
            .UseSetting("Database:CreateSchema", "false"));

        var response = await broken.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }
}
