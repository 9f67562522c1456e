using System.Text.Json.Nodes;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Messages;

/// <summary>The queries this folder sends, and reading their answers.</summary>
internal static class MessageQueries
{
    /// <summary>Every field of every message of a session (no paging arguments: the latest 500).</summary>
    public const string AllFields = """
        query ($agentId: UUID!, $id: UUID!) {
          session(agentId: $agentId, id: $id) {
            id
            sourceChannel
            messages {
              nodes {
                id
                role
                content
                thinking
                createdAt
                sender { id type displayName avatarUrl }
                senderName
                toolCall { name arguments status result }
                parts {
                  __typename
                  ... on TextPart { text }
                  ... on ToolCall { name arguments status result }
                }
              }
            }
          }
        }
        """;

    /// <summary>A page of messages' contents with cursors, page info and total, for the given paging arguments.</summary>
    public const string Page = """
        query ($agentId: UUID!, $id: UUID!, $first: Int, $after: String, $last: Int, $before: String) {
          session(agentId: $agentId, id: $id) {
            messages(first: $first, after: $after, last: $last, before: $before) {
              totalCount
              pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              edges { cursor node { id content } }
            }
          }
        }
        """;

    public static Task<GraphResponse> AllMessagesAsync(this GraphClient client, Guid agentId, Guid sessionId) =>
        client.PostAsync(AllFields, new { agentId, id = sessionId });

    public static Task<GraphResponse> PageAsync(
        this GraphClient client, Guid sessionId, int? first = null, string? after = null, int? last = null, string? before = null) =>
        client.PostAsync(Page, new { agentId = TestWorld.Atlas, id = sessionId, first, after, last, before });

    /// <summary>The message nodes of an <see cref="AllFields"/> answer.</summary>
    public static JsonArray Nodes(this GraphResponse response) =>
        response.ShouldSucceed().Data!["session"]!["messages"]!["nodes"]!.AsArray();

    /// <summary>The node with the given id in an <see cref="AllFields"/> answer.</summary>
    public static JsonNode Node(this GraphResponse response, Guid messageId) =>
        response.Nodes().Single(n => (string?)n!["id"] == messageId.ToString())!;

    /// <summary>The messages connection of a <see cref="Page"/> answer.</summary>
    public static JsonNode Connection(this GraphResponse response) =>
        response.ShouldSucceed().Data!["session"]!["messages"]!;

    /// <summary>The contents of a <see cref="Page"/> answer's messages, in order.</summary>
    public static List<string> Contents(this GraphResponse response) =>
        [.. response.Connection()["edges"]!.AsArray().Select(e => (string)e!["node"]!["content"]!)];

    /// <summary>"Message from" .. "Message to", as the long chat holds them.</summary>
    public static List<string> LongChat(int from, int to) =>
        [.. Enumerable.Range(from, to - from + 1).Select(i => $"Message {i}")];
}
