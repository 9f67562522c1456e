using System.Net;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Playground;

/// <summary>The page shares /graphql with the API: every request that is not a browser opening the page is answered as before.</summary>
public sealed class ApiRequestsUnchangedTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private const string Me = "{ me { username } }";

    [Fact]
    public async Task A_post_with_a_browser_accept_header_runs_the_query_in_json()
    {
        var response = await app.Client().As(TestWorld.Creator)
            .PostRawAsync($$"""{"query": "{{Me}}"}""", accept: BrowserRequests.Accept);

        Assert.Equal("application/json; charset=utf-8", response.ContentType);
        Assert.Equal("carla", (string?)response.ShouldSucceed().Data!["me"]!["username"]);
    }

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql/")]
    public async Task A_get_with_a_query_from_a_browser_runs_the_query_in_json(string path)
    {
        var response = await app.Client().As(TestWorld.Creator)
            .GetAsync($"{path}?query={Uri.EscapeDataString(Me)}", BrowserRequests.Accept);

        Assert.Equal("application/json; charset=utf-8", response.ContentType);
        Assert.Equal("carla", (string?)response.ShouldSucceed().Data!["me"]!["username"]);
    }

    [Theory]
    [InlineData("documentId=sha256%3A0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("extensions=%7B%22persistedQuery%22%3A%7B%22version%22%3A1%2C%22sha256Hash%22%3A%220000000000000000000000000000000000000000000000000000000000000000%22%7D%7D")]
    public async Task A_get_of_a_persisted_operation_from_a_browser_is_answered_by_the_api_not_the_page(string parameters)
    {
        var response = await app.Client().As(TestWorld.Creator).GetAsync($"/graphql?{parameters}", BrowserRequests.Accept);

        Assert.Equal("application/json; charset=utf-8", response.ContentType);
        Assert.StartsWith("PERSISTED_", response.ErrorCode());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    [InlineData("*/*")]
    public async Task A_get_without_a_query_from_an_api_client_is_still_a_400_in_json(string? accept)
    {
        using var request = Get("/graphql", accept);

        using var response = await app.Browser().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_schema_text_at_graphql_sdl_answers_a_browser_too()
    {
        var response = await app.Browser().NavigateAsync("/graphql?sdl");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/plain; charset=utf-8", response.ContentType);
        Assert.Contains("type Query", response.Body);
    }

    [Fact]
    public async Task A_mutation_over_get_from_a_browser_is_still_refused_with_405()
    {
        var mutation = $$"""mutation { createSession(input: { agentId: "{{TestWorld.Atlas}}" }) { session { id } } }""";

        var response = await app.Browser().NavigateAsync($"/graphql?query={Uri.EscapeDataString(mutation)}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
    }

    private static HttpRequestMessage Get(string path, string? accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }
}
