using System.Net;
using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace Clawith.Graph.Tests.Playground;

/// <summary>bcp-config.json, which the IDE fetches beside its page before it starts.</summary>
public sealed class PlaygroundConfigTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Fact]
    public async Task The_config_points_the_ide_at_this_endpoint_with_telemetry_off_matching_its_snapshot()
    {
        var response = await app.Browser().FetchAsync("/graphql/bcp-config.json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json; charset=utf-8", response.ContentType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.True((bool)response.Json["useBrowserUrlAsEndpoint"]!);
        Assert.True((bool)response.Json["disableTelemetry"]!);
        Assert.Equal("/graphql", (string?)response.Json["endpoint"]);
        Assert.False(response.Json.AsObject().ContainsKey("gaTrackingId"));
        Snapshot.Match(response.Snapshot);
    }

    [Fact]
    public async Task Behind_a_path_base_the_config_endpoint_keeps_the_prefix()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/bcp-config.json");
        var http = app.Server.CreateHandler(context => context.Request.PathBase = "/chat");
        using var client = new HttpClient(http) { BaseAddress = app.Server.BaseAddress };

        var response = await GraphResponse.ReadAsync(await client.SendAsync(request));

        Assert.Equal("/chat/graphql", (string?)response.Json["endpoint"]);
    }
}
