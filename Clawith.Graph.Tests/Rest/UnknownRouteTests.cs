using System.Net;
using Clawith.Graph.Tests.Infrastructure;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;

namespace Clawith.Graph.Tests.Rest;

/// <summary>Under /api, a path or method with no route answers as FastAPI does: the status and its <c>{"detail"}</c>.</summary>
public sealed class UnknownRouteTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Fact]
    public async Task An_unknown_path_under_api_is_404_with_FastAPI_s_detail()
    {
        var response = await app.Client().As(Creator).RestAsync(HttpMethod.Get, $"/api/agents/{Atlas}/archive");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.StartsWith("application/json", response.ContentType);
        Assert.Equal("""{"detail":"Not Found"}""", response.Body);
    }

    [Fact]
    public async Task A_method_a_route_does_not_take_is_405_with_FastAPI_s_detail_and_Allow()
    {
        var response = await app.Client().As(Creator).RestAsync(HttpMethod.Put, $"/api/agents/{Atlas}/sessions");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("""{"detail":"Method Not Allowed"}""", response.Body);
        Assert.Equal(["GET", "POST"], response.ContentHeaders.Allow.Order());
    }

    [Fact]
    public async Task Outside_api_an_unknown_path_keeps_an_empty_404()
    {
        var response = await app.Client().GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Empty(response.Bytes);
    }
}
