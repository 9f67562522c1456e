using System.Text.Json.Nodes;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Filtering;

/// <summary>The session and message lists asked for with where and order, as a client sends them.</summary>
public static class FilterCalls
{
    public const string Sessions = """
        query($agentId: UUID!, $scope: SessionScope!, $where: ChatSessionFilterInput, $order: [ChatSessionSortInput!],
              $first: Int, $after: String, $last: Int, $before: String) {
          sessions(agentId: $agentId, scope: $scope, where: $where, order: $order, first: $first, after: $after, last: $last, before: $before) {
            totalCount
            edges { cursor node { id title } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    public const string Messages = """
        query($agentId: UUID!, $id: UUID!, $where: ChatMessageFilterInput, $order: [ChatMessageSortInput!],
              $first: Int, $after: String, $last: Int, $before: String) {
          session(agentId: $agentId, id: $id) {
            messages(where: $where, order: $order, first: $first, after: $after, last: $last, before: $before) {
              totalCount
              edges { cursor node { id role content } }
              pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            }
          }
        }
        """;

    /// <summary>A page of <paramref name="agentId"/>'s sessions; <paramref name="where"/> and <paramref name="order"/> as JSON variables.</summary>
    public static Task<GraphResponse> SessionsAsync(
        this GraphClient client, Guid agentId, object? where = null, object? order = null, string scope = "ALL",
        int? first = null, string? after = null, int? last = null, string? before = null) =>
        client.PostAsync(Sessions, new { agentId, scope, where = Json(where), order = Json(order), first, after, last, before });

    public static Task<GraphResponse> MessagesAsync(
        this GraphClient client, Guid agentId, Guid sessionId, object? where = null, object? order = null,
        int? first = null, string? after = null, int? last = null, string? before = null) =>
        client.PostAsync(Messages, new { agentId, id = sessionId, where = Json(where), order = Json(order), first, after, last, before });

    /// <summary>The connection of a successful answer.</summary>
    public static JsonNode Connection(this GraphResponse response) =>
        response.ShouldSucceed().Data!["sessions"] ?? response.Data!["session"]!["messages"]!;

    public static List<string> Titles(this GraphResponse response) =>
        [.. response.Connection()["edges"]!.AsArray().Select(edge => (string)edge!["node"]!["title"]!)];

    public static List<Guid> Ids(this GraphResponse response) =>
        [.. response.Connection()["edges"]!.AsArray().Select(edge => Guid.Parse((string)edge!["node"]!["id"]!))];

    /// <summary>Anonymous objects and JSON text alike become JSON values (so a test can write a filter as GraphQL's JSON).</summary>
    private static JsonNode? Json(object? value) => value switch
    {
        null => null,
        string text => JsonNode.Parse(text),
        _ => System.Text.Json.JsonSerializer.SerializeToNode(value),
    };
}
