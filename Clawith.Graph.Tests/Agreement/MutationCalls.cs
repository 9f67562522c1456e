using System.Net;
using System.Text.Json.Nodes;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Agreement;

/// <summary>
/// Create, rename and delete through each API, and what each answer comes to in one line both can
/// give: "created 'T' (web) for Creator on Atlas", "renamed CreatorWeb to 'T'", "deleted CreatorWeb",
/// or the refusal as <see cref="Outcome"/> spells it.
/// </summary>
public static class MutationCalls
{
    private const string PayloadErrors = "errors { __typename ... on Error { message } ... on ValidationError { field } }";

    private const string CreateDocument = $$"""
        mutation Create($input: CreateSessionInput!) {
          createSession(input: $input) { session { {{SessionRows.GraphFields}} } {{PayloadErrors}} }
        }
        """;

    private const string RenameDocument = $$"""
        mutation Rename($input: RenameSessionInput!) {
          renameSession(input: $input) { session { {{SessionRows.GraphFields}} } {{PayloadErrors}} }
        }
        """;

    private const string DeleteDocument = """
        mutation Delete($input: DeleteSessionInput!) {
          deleteSession(input: $input) { deletedSessionId errors { __typename ... on Error { message } } }
        }
        """;

    public static Task<GraphResponse> RestCreateAsync(this GraphClient client, Guid agentId, object? body) =>
        client.RestAsync(HttpMethod.Post, $"/api/agents/{agentId}/sessions", body);

    public static Task<GraphResponse> RestRenameAsync(this GraphClient client, Guid agentId, Guid sessionId, string title) =>
        client.RestAsync(HttpMethod.Patch, $"/api/agents/{agentId}/sessions/{sessionId}", new { title });

    public static Task<GraphResponse> RestDeleteAsync(this GraphClient client, Guid agentId, Guid sessionId) =>
        client.RestAsync(HttpMethod.Delete, $"/api/agents/{agentId}/sessions/{sessionId}");

    /// <param name="title">Left out of the input when null.</param>
    public static Task<GraphResponse> GraphCreateAsync(this GraphClient client, Guid agentId, string? title) =>
        client.PostAsync(CreateDocument, new { input = title is null ? (object)new { agentId } : new { agentId, title } });

    public static Task<GraphResponse> GraphRenameAsync(this GraphClient client, Guid agentId, Guid sessionId, string title) =>
        client.PostAsync(RenameDocument, new { input = new { agentId, sessionId, title } });

    public static Task<GraphResponse> GraphDeleteAsync(this GraphClient client, Guid agentId, Guid sessionId) =>
        client.PostAsync(DeleteDocument, new { input = new { agentId, sessionId } });

    public static string RestCreated(GraphResponse response) =>
        Outcome.RestRefusal(response, HttpStatusCode.Created) ?? Created(SessionRows.FromRest(response.Json));

    public static string RestRenamed(GraphResponse response) =>
        Outcome.RestRefusal(response, HttpStatusCode.OK)
        ?? $"renamed {Wire.Id(Wire.Field(response.Json, "id"))} to '{Wire.Field(response.Json, "title")}'";

    /// <summary>A 204 names no session: the one asked for is the one deleted.</summary>
    public static string RestDeleted(GraphResponse response, Guid sessionId) =>
        Outcome.RestRefusal(response, HttpStatusCode.NoContent)
        ?? (response.Bytes.Length == 0 ? $"deleted {WorldIds.Label(sessionId.ToString())}" : $"204 with a body: {response.Body}");

    public static string GraphCreated(GraphResponse response) =>
        GraphAnswer(response, "createSession", payload => Created(SessionRows.FromGraph(payload["session"]!, named: false)));

    public static string GraphRenamed(GraphResponse response) =>
        GraphAnswer(response, "renameSession", payload => $"renamed {Wire.Id(payload["session"]!["id"])} to '{payload["session"]!["title"]}'");

    public static string GraphDeleted(GraphResponse response) =>
        GraphAnswer(response, "deleteSession", payload => $"deleted {Wire.Id(payload["deletedSessionId"])}");

    private static string Created(JsonObject row) =>
        $"created '{row["title"]}' ({row["source_channel"]}) for {row["user_id"]} on {row["agent_id"]}";

    /// <summary>A top-level error, a payload error, or the payload's result; never both.</summary>
    private static string GraphAnswer(GraphResponse response, string field, Func<JsonNode, string> success)
    {
        if (Outcome.GraphRefusal(response, field) is { } refusal)
            return refusal;
        var payload = response.Data![field]!;
        var result = payload["session"] ?? payload["deletedSessionId"];
        if (Outcome.PayloadRefusal(payload) is { } payloadRefusal)
            return result is null ? payloadRefusal : $"{payloadRefusal} [yet a result]";
        return result is null ? "neither a result nor an error" : success(payload);
    }
}
