using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clawith.Graph.Tests.Infrastructure;

/// <summary>Posts GraphQL over the app's real HTTP pipeline, as a given user (a real signed token) or anonymously.</summary>
public sealed class GraphClient(HttpClient http, ClawithAppFactory app)
{
    public HttpClient Http => http;

    public GraphClient As(Guid userId) => WithToken(app.TokenFor(userId));

    public GraphClient WithToken(string token)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new GraphClient(client, app);
    }

    public async Task<GraphResponse> PostAsync(string query, object? variables = null)
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        return await GraphResponse.ReadAsync(await http.PostAsync("/graphql", content));
    }

    public async Task<GraphResponse> PostRawAsync(string body, string contentType = "application/json", string? accept = null)
    {
        using var content = new StringContent(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType));
        return await SendAsync(HttpMethod.Post, "/graphql", accept, content);
    }

    public Task<GraphResponse> GetAsync(string pathAndQuery, string? accept = null) =>
        SendAsync(HttpMethod.Get, pathAndQuery, accept);

    /// <summary>A call to a REST route, with a body serialized to JSON when one is given.</summary>
    public Task<GraphResponse> RestAsync(HttpMethod method, string pathAndQuery, object? body = null) =>
        SendAsync(method, pathAndQuery, content: body is null ? null : new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));

    /// <summary>Any request, with an optional Accept header, answered as the server sent it.</summary>
    public async Task<GraphResponse> SendAsync(HttpMethod method, string pathAndQuery, string? accept = null, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, pathAndQuery) { Content = content };
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await http.SendAsync(request);
        return await GraphResponse.ReadAsync(response);
    }
}

/// <summary>A response as sent: status, headers (Allow is a content header), the raw bytes and their text.</summary>
public sealed record GraphResponse(
    HttpStatusCode Status, HttpResponseHeaders Headers, HttpContentHeaders ContentHeaders, byte[] Bytes)
{
    public static async Task<GraphResponse> ReadAsync(HttpResponseMessage response) =>
        new(response.StatusCode, response.Headers, response.Content.Headers, await response.Content.ReadAsByteArrayAsync());

    public string? ContentType => ContentHeaders.ContentType?.ToString();

    public string Body => Encoding.UTF8.GetString(Bytes);

    public JsonNode Json => JsonNode.Parse(Body)!;

    public JsonNode? Data => Json["data"];

    public JsonArray Errors => Json["errors"]?.AsArray() ?? [];

    /// <summary>
    /// The response, parsed, for Snapshot.Match (pretty-printed and diffable in the .snap file). Dates
    /// stay the strings the server sent: Json.NET would otherwise re-format them.
    /// </summary>
    public Newtonsoft.Json.Linq.JToken Snapshot
    {
        get
        {
            using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(Body)) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None };
            return Newtonsoft.Json.Linq.JToken.ReadFrom(reader);
        }
    }

    public string? ErrorCode(int index = 0) => Errors.Count > index ? (string?)Errors[index]!["extensions"]?["code"] : null;

    public string? ErrorMessage(int index = 0) => Errors.Count > index ? (string?)Errors[index]!["message"] : null;

    /// <summary>Fails with the whole body when the response carries errors.</summary>
    public GraphResponse ShouldSucceed()
    {
        Assert.True(Status == HttpStatusCode.OK && Errors.Count == 0, $"Expected success, got {(int)Status}: {Body}");
        return this;
    }
}
