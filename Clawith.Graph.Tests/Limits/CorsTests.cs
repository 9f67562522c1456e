using System.Net;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Limits;

/// <summary>
/// Cors:AllowedOrigins (none by default): a browser page from a listed origin may call /graphql and the
/// REST routes, preflight included; a page from anywhere else gets no CORS headers, so its browser
/// refuses to hand it the answer.
/// </summary>
public sealed class CorsTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private const string Spa = "https://chat.example.com";
    private const string Admin = "https://admin.example.com";
    private const string Elsewhere = "https://evil.example.net";

    [Theory]
    [InlineData("/graphql", "POST")]
    [InlineData("/api/agents/a0000000-0000-4000-8000-000000000001/sessions", "POST")]
    [InlineData("/api/agents/a0000000-0000-4000-8000-000000000001/sessions/c0000000-0000-4000-8000-000000000001", "PATCH")]
    [InlineData("/api/agents/a0000000-0000-4000-8000-000000000001/sessions/c0000000-0000-4000-8000-000000000001", "DELETE")]
    public async Task A_preflight_from_the_spa_is_allowed_with_its_method_and_headers(string path, string method)
    {
        await using var host = StartWithOrigins();

        using var response = await PreflightAsync(host, path, Spa, method);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Spa, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains(method, Header(response, "Access-Control-Allow-Methods"));
        Assert.Contains("authorization", Header(response, "Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("content-type", Header(response, "Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);
        Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task An_origin_configured_with_a_trailing_slash_is_allowed_too()
    {
        await using var host = StartWithOrigins();

        using var response = await PreflightAsync(host, "/graphql", Admin, "POST");

        Assert.Equal(Admin, Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_preflight_from_another_origin_gets_no_cors_headers()
    {
        await using var host = StartWithOrigins();

        using var response = await PreflightAsync(host, "/graphql", Elsewhere, "POST");

        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
        Assert.Null(Header(response, "Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task A_request_from_the_spa_is_answered_with_its_origin_and_retry_after_exposed()
    {
        await using var host = StartWithOrigins();

        using var response = await PostFromAsync(host, Spa);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Spa, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("Retry-After", Header(response, "Access-Control-Expose-Headers"));
    }

    [Fact]
    public async Task A_request_from_another_origin_is_answered_without_cors_headers()
    {
        await using var host = StartWithOrigins();

        using var response = await PostFromAsync(host, Elsewhere);

        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task By_default_no_origin_is_allowed()
    {
        using var preflight = await PreflightAsync(LimitedHostless(), "/graphql", Spa, "POST");
        using var post = await SendAsync(app.CreateClient(), Post(Spa));

        Assert.Null(Header(preflight, "Access-Control-Allow-Origin"));
        Assert.Null(Header(post, "Access-Control-Allow-Origin"));
    }

    private HttpClient LimitedHostless() => app.CreateClient();

    private LimitedHost StartWithOrigins() =>
        LimitedHost.Start(app, ("Cors:AllowedOrigins:0", Spa), ("Cors:AllowedOrigins:1", Admin + "/"));

    private static Task<HttpResponseMessage> PreflightAsync(LimitedHost host, string path, string origin, string method) =>
        PreflightAsync(host.Http(), path, origin, method);

    private static Task<HttpResponseMessage> PreflightAsync(HttpClient http, string path, string origin, string method)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return SendAsync(http, request);
    }

    private static Task<HttpResponseMessage> PostFromAsync(LimitedHost host, string origin) => SendAsync(host.Http(), Post(origin));

    private static HttpRequestMessage Post(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query": "{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", origin);
        return request;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpRequestMessage request)
    {
        using (request)
            return await http.SendAsync(request);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
