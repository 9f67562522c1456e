using System.Net;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Clawith.Graph.Tests.Server;

/// <summary>GET /healthz says whether the database answers; a probe told 503 is told when to try again.</summary>
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
        Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Healthz_answers_head_with_its_status_and_no_body()
    {
        var response = await app.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/healthz"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    public async Task Healthz_refuses_every_method_but_get_and_head_with_405_and_allow(string method)
    {
        var response = await app.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), "/healthz"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
    }
}
