using System.Text.Json.Nodes;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Search;

/// <summary>The search query as a SPA sends it, and what its answers hold.</summary>
public static class SearchCalls
{
    public const string Query = """
        query($agentId: UUID!, $text: String!, $scope: SessionScope!, $first: Int, $after: String) {
          search(agentId: $agentId, text: $text, scope: $scope, first: $first, after: $after) {
            edges { cursor node { message { id content } session { id } snippet { text matches { start length } startsMessage endsMessage } } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    public static Task<GraphResponse> SearchAsync(this GraphClient client, Guid agentId, string text, string scope = "MINE", int? first = null, string? after = null) =>
        client.PostAsync(Query, new { agentId, text, scope, first, after });

    public static JsonNode Search(this GraphResponse response) => response.ShouldSucceed().Data!["search"]!;

    public static JsonArray Edges(this GraphResponse response) => response.Search()["edges"]!.AsArray();

    /// <summary>The contents of the hits, in order.</summary>
    public static List<string> Contents(this GraphResponse response) =>
        [.. response.Edges().Select(e => (string)e!["node"]!["message"]!["content"]!)];

    public static List<Guid> MessageIds(this GraphResponse response) =>
        [.. response.Edges().Select(e => Guid.Parse((string)e!["node"]!["message"]!["id"]!))];

    /// <summary>Every hit of a search, page after page (following endCursor), and how many pages it took.</summary>
    public static async Task<(List<Guid> Ids, int Pages)> AllPagesAsync(this GraphClient client, Guid agentId, string text, string scope, int first)
    {
        var ids = new List<Guid>();
        string? after = null;
        for (var pages = 1; ; pages++)
        {
            var response = await client.SearchAsync(agentId, text, scope, first, after);
            ids.AddRange(response.MessageIds());
            var pageInfo = response.Search()["pageInfo"]!;
            if (!(bool)pageInfo["hasNextPage"]!)
                return (ids, pages);
            after = (string)pageInfo["endCursor"]!;
            Assert.True(pages < 10_000, "paging did not end");
        }
    }
}
