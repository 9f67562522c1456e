using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Rest;

/// <summary>The five routes of ARCHITECTURE §10 as calls, and the checks every REST test shares.</summary>
internal static class RestCalls
{
    /// <summary>Clawith's REST module's SessionOut fields, in the order Pydantic writes them.</summary>
    public static readonly string[] SessionOutFields =
    [
        "id", "agent_id", "user_id", "username", "source_channel", "title", "created_at", "last_message_at",
        "message_count", "peer_agent_id", "peer_agent_name", "participant_type", "is_group", "group_name",
    ];

    /// <summary>A listed SessionOut's fields on the run's generation: 251aeba8 adds unread_count and is_primary (L9).</summary>
    public static string[] ListedSessionOutFields =>
        TestGeneration.Is251aeba8 ? [.. SessionOutFields, "unread_count", "is_primary"] : SessionOutFields;

    public static string SessionsPath(Guid agentId, string? scope = null) =>
        $"/api/agents/{agentId}/sessions" + (scope is null ? "" : $"?scope={scope}");

    public static string SessionPath(Guid agentId, Guid sessionId) => $"/api/agents/{agentId}/sessions/{sessionId}";

    public static string MessagesPath(Guid agentId, Guid sessionId) => $"/api/agents/{agentId}/sessions/{sessionId}/messages";

    public static Task<GraphResponse> ListAsync(this GraphClient client, Guid agentId, string? scope = null) =>
        client.RestAsync(HttpMethod.Get, SessionsPath(agentId, scope));

    public static Task<GraphResponse> CreateAsync(this GraphClient client, Guid agentId, object? body = null) =>
        client.RestAsync(HttpMethod.Post, SessionsPath(agentId), body);

    public static Task<GraphResponse> RenameAsync(this GraphClient client, Guid agentId, Guid sessionId, object? body) =>
        client.RestAsync(HttpMethod.Patch, SessionPath(agentId, sessionId), body);

    public static Task<GraphResponse> DeleteAsync(this GraphClient client, Guid agentId, Guid sessionId) =>
        client.RestAsync(HttpMethod.Delete, SessionPath(agentId, sessionId));

    /// <param name="query">The query string, e.g. <c>?limit=500</c> (225b36fd passes over it and answers the latest 500).</param>
    public static Task<GraphResponse> MessagesAsync(this GraphClient client, Guid agentId, Guid sessionId, string query = "") =>
        client.RestAsync(HttpMethod.Get, MessagesPath(agentId, sessionId) + query);

    /// <summary>The latest 500 messages on either generation: 225b36fd's only page, 251aeba8's largest (M1, whose default is 20).</summary>
    public const string Latest500 = "?limit=500";

    /// <summary>A request whose body is sent exactly as given (no content type when <paramref name="contentType"/> is null).</summary>
    public static Task<GraphResponse> SendRawAsync(this GraphClient client, HttpMethod method, string path, string body, string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return client.SendAsync(method, path, content: content);
    }

    /// <summary>The response's JSON array, after checking it came with <paramref name="status"/> as application/json.</summary>
    public static JsonArray Array(this GraphResponse response, HttpStatusCode status = HttpStatusCode.OK)
    {
        AssertJson(response, status);
        return response.Json.AsArray();
    }

    /// <summary>The response's JSON object, after checking it came with <paramref name="status"/> as application/json.</summary>
    public static JsonObject Object(this GraphResponse response, HttpStatusCode status = HttpStatusCode.OK)
    {
        AssertJson(response, status);
        return response.Json.AsObject();
    }

    /// <summary>The ids of a list of SessionOut, in order.</summary>
    public static List<Guid> Ids(this JsonArray sessions) => sessions.Select(s => Guid.Parse((string)s!["id"]!)).ToList();

    /// <summary>The SessionOut with this id.</summary>
    public static JsonObject Session(this JsonArray sessions, Guid id) =>
        sessions.Single(s => (string?)s!["id"] == id.ToString())!.AsObject();

    /// <summary>Python's <c>datetime.isoformat()</c> of a UTC time: microseconds only when there are some.</summary>
    public static string PythonIsoFormat(DateTime utc) =>
        utc.ToString(utc.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture) + "+00:00";

    public static List<string> Keys(this JsonNode node) => node.AsObject().Select(p => p.Key).ToList();

    /// <summary>FastAPI's error: the status, application/json, and a body of exactly <c>{"detail": detail}</c>.</summary>
    public static void AssertError(GraphResponse response, HttpStatusCode status, string detail) =>
        Assert.Equal(detail, Detail(response, status));

    /// <summary>A 422 whose body is <c>{"detail": "..."}</c> with a message that leaks nothing of the server.</summary>
    public static string AssertUnprocessable(GraphResponse response)
    {
        var detail = Detail(response, HttpStatusCode.UnprocessableEntity);
        Assert.False(string.IsNullOrWhiteSpace(detail));
        return detail;
    }

    /// <summary>401 with a challenge, as FastAPI's bearer scheme answers without a valid token.</summary>
    public static void AssertNotAuthenticated(GraphResponse response)
    {
        var detail = Detail(response, HttpStatusCode.Unauthorized);
        Assert.False(string.IsNullOrWhiteSpace(detail));
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).ToString());
    }

    private static string Detail(GraphResponse response, HttpStatusCode status)
    {
        AssertJson(response, status);
        response.ShouldNotLeakInternals();
        var body = response.Json.AsObject();
        Assert.Equal(new[] { "detail" }, body.Keys());
        Assert.Equal(System.Text.Json.JsonValueKind.String, body["detail"]!.GetValueKind());
        return (string)body["detail"]!;
    }

    private static void AssertJson(GraphResponse response, HttpStatusCode status)
    {
        Assert.True(response.Status == status, $"Expected {(int)status}, got {(int)response.Status}: {response.Body}");
        Assert.Equal("application/json", response.ContentHeaders.ContentType?.MediaType);
    }
}
