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
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType)),
        };
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        return await GraphResponse.ReadAsync(await http.SendAsync(request));
    }

    public async Task<GraphResponse> GetAsync(string pathAndQuery, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        return await GraphResponse.ReadAsync(await http.SendAsync(request));
    }
}

public sealed record GraphResponse(HttpStatusCode Status, string? ContentType, string Body, HttpResponseHeaders Headers)
{
    public static async Task<GraphResponse> ReadAsync(HttpResponseMessage response) =>
        new(response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync(), response.Headers);

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
