using System.Net;
using System.Text;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Playground;

namespace Clawith.Graph.Tests.Server;

/// <summary>Every answer says <c>X-Content-Type-Options: nosniff</c>, whatever wrote it; the playground's pages may be framed by this origin only.</summary>
public sealed class ResponseHeaderTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    public static TheoryData<string, string, string?> Answers => new()
    {
        { "POST", "/graphql", """{"query":"{ __typename }"}""" },
        { "POST", "/graphql", "not json" },
        { "GET", "/graphql?query={__typename}", null },
        { "PUT", "/graphql", null },
        { "GET", "/graphql?sdl", null },
        { "GET", "/healthz", null },
        { "POST", "/healthz", null },
        { "GET", $"/api/agents/{TestWorld.Atlas}/sessions", null },
        { "GET", "/api/agents/not-a-uuid/sessions", null },
        { "GET", "/api/nowhere", null },
        { "GET", "/nowhere", null },
        { "GET", "/graphql/LICENSE", null },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Every_answer_carries_nosniff(string method, string path, string? body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        using var http = app.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", app.TokenFor(TestWorld.Creator));

        using var response = await http.SendAsync(request);

        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_nosniff()
    {
        using var response = await app.CreateClient().PostAsync("/graphql",
            new StringContent(new string(' ', 300_000), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
    }

    [PlaygroundFact]
    public async Task The_playground_page_may_be_framed_by_this_origin_only()
    {
        var response = await app.Browser().NavigateAsync("/graphql/");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["frame-ancestors 'self'"], response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
    }
}
