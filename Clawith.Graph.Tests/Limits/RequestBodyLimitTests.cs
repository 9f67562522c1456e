using System.Net;
using System.Text;
using Clawith.Graph.Server.Limits;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Playground;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Limits;

/// <summary>
/// Http:MaxRequestBodyBytes (default 262,144) holds for /graphql and the REST routes: a longer body is
/// a 413 with a JSON error, refused before it is read when it says its length, and cut off as it
/// arrives when it does not. The in-memory test server always sends a length; bodies without one are
/// sent over a real socket to Kestrel, which counts their chunk framing too, so only a body well within
/// the limit is shown to pass that way.
/// </summary>
public sealed class RequestBodyLimitTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private static readonly long MaxBytes = new RequestBodyOptions().MaxRequestBodyBytes;
    private static readonly string Sessions = $"/api/agents/{TestWorld.Atlas}/sessions";

    [Fact]
    public async Task A_graphql_body_exactly_at_the_default_size_runs()
    {
        var response = await SendAsync(app.Client().As(TestWorld.Creator), HttpMethod.Post, "/graphql", GraphQLBody(MaxBytes));

        Assert.Equal("Atlas", (string?)response.ShouldSucceed().Data!["agent"]!["name"]);
    }

    [Fact]
    public async Task A_graphql_body_one_byte_over_is_413_with_request_too_large_and_runs_nothing()
    {
        app.Sql.Reset();

        var response = await SendAsync(app.Client().As(TestWorld.Creator), HttpMethod.Post, "/graphql", GraphQLBody(MaxBytes + 1));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("application/json; charset=utf-8", response.ContentType);
        Assert.Equal("REQUEST_TOO_LARGE", response.ErrorCode());
        Assert.Equal($"The request body is {MaxBytes + 1:N0} bytes; the maximum request body is {MaxBytes:N0} bytes.", response.ErrorMessage());
        Assert.Equal(0, app.Sql.Count);
    }

    [Fact]
    public async Task A_rest_body_exactly_at_the_default_size_creates_the_session()
    {
        var response = await SendAsync(app.Client().As(TestWorld.Creator), HttpMethod.Post, Sessions, RestBody("At the limit", MaxBytes));

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Equal("At the limit", (string?)response.Json["title"]);
    }

    [Fact]
    public async Task A_rest_body_one_byte_over_is_413_with_fastapis_detail_and_creates_nothing()
    {
        app.Sql.Reset();

        var response = await SendAsync(app.Client().As(TestWorld.Creator), HttpMethod.Post, Sessions, RestBody("One byte over", MaxBytes + 1));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal($"The request body is {MaxBytes + 1:N0} bytes; the maximum request body is {MaxBytes:N0} bytes.", (string?)response.Json["detail"]);
        Assert.Equal(0, app.Sql.Count);
        Assert.False(await SessionTitledAsync("One byte over"));
    }

    [Fact]
    public async Task Over_a_real_socket_a_graphql_body_without_a_length_is_cut_off_at_the_limit_with_413()
    {
        await using var server = KestrelApp.Start(app);
        using var http = ClientOf(server);

        var response = await GraphResponse.ReadAsync(await http.PostAsync("/graphql",
            new UnknownLengthContent(Encoding.UTF8.GetBytes(GraphQLBodyText(MaxBytes + 1)), "application/json")));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("REQUEST_TOO_LARGE", response.ErrorCode());
        Assert.Equal($"The request body is larger than the maximum request body of {MaxBytes:N0} bytes.", response.ErrorMessage());
    }

    [Fact]
    public async Task Over_a_real_socket_a_rest_body_without_a_length_is_cut_off_at_the_limit_and_creates_nothing()
    {
        await using var server = KestrelApp.Start(app);
        using var http = ClientOf(server);

        var response = await GraphResponse.ReadAsync(await http.PostAsync(Sessions,
            new UnknownLengthContent(RestBodyBytes("Streamed over", MaxBytes + 1), "application/json")));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal($"The request body is larger than the maximum request body of {MaxBytes:N0} bytes.", (string?)response.Json["detail"]);
        Assert.False(await SessionTitledAsync("Streamed over"));
    }

    [Fact]
    public async Task Over_a_real_socket_a_body_without_a_length_well_within_the_limit_is_read_whole()
    {
        await using var server = KestrelApp.Start(app);
        using var http = ClientOf(server);

        var response = await GraphResponse.ReadAsync(await http.PostAsync("/graphql",
            new UnknownLengthContent(Encoding.UTF8.GetBytes(GraphQLBodyText(MaxBytes / 2)), "application/json")));

        Assert.Equal("Atlas", (string?)response.ShouldSucceed().Data!["agent"]!["name"]);
    }

    private HttpClient ClientOf(KestrelApp server)
    {
        var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", app.TokenFor(TestWorld.Creator));
        return http;
    }

    private static Task<GraphResponse> SendAsync(GraphClient client, HttpMethod method, string path, HttpContent content) =>
        client.SendAsync(method, path, content: content);

    private static ByteArrayContent GraphQLBody(long bytes) => Json(Encoding.UTF8.GetBytes(GraphQLBodyText(bytes)));

    /// <summary>A query for Atlas's name whose body, padded in its extensions, is exactly <paramref name="bytes"/> long.</summary>
    private static string GraphQLBodyText(long bytes)
    {
        var start = $$"""{"query": "{ agent(id: \"{{TestWorld.Atlas}}\") { name } }", "extensions": {"padding": """ + "\"";
        const string end = "\"}}";
        return start + new string('x', (int)bytes - start.Length - end.Length) + end;
    }

    private static ByteArrayContent RestBody(string title, long bytes) => Json(RestBodyBytes(title, bytes));

    /// <summary>A create body for <paramref name="title"/>, padded with a field the route ignores to exactly <paramref name="bytes"/>.</summary>
    private static byte[] RestBodyBytes(string title, long bytes)
    {
        var start = $$"""{"title": "{{title}}", "padding": """ + "\"";
        return Encoding.UTF8.GetBytes(start + new string('x', (int)bytes - start.Length - 2) + "\"}");
    }

    private static ByteArrayContent Json(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/json");
        return content;
    }

    private async Task<bool> SessionTitledAsync(string title)
    {
        await using var db = await app.NewDbContextAsync();
        return await db.ChatSessions.AnyAsync(session => session.Title == title);
    }
}
