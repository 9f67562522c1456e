using System.Text.Json.Nodes;
using Clawith.Graph.Tests.Infrastructure;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;

namespace Clawith.Graph.Tests.Sessions.Listing;

/// <summary>The queries, calls and expected lists the listing tests share.</summary>
internal static class SessionLists
{
    /// <summary>The ids of the caller's MINE list of an agent, in order: whether a write put a session there.</summary>
    public static async Task<List<string>> MineIdsAsync(this GraphClient client, Guid agentId)
    {
        var response = await client.PostAsync(
            "query Mine($agentId: UUID!) { sessions(agentId: $agentId, scope: MINE, first: 100) { nodes { id } } }",
            new { agentId });
        return response.ShouldSucceed().Data!["sessions"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!).ToList();
    }

    /// <summary>Every field of a ChatSession, with its messages' total to compare with messageCount.</summary>
    public const string EveryField = """
        id title displayName participantType sourceChannel isGroup groupName createdAt lastMessageAt messageCount
        agent { id name } user { id displayName username } peerAgent { id name }
        messages(last: 1) { totalCount }
        """;

    /// <summary>Ids, cursors, page info and total: what paging and ordering tests look at.</summary>
    public const string PageShape = """
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { id } }
        """;

    /// <summary>Atlas's ALL list as Clawith's REST module orders it: 14 sessions, CreatorEmpty hidden.</summary>
    public static readonly Guid[] AtlasAll =
    [
        CreatorWeb,        // 10:01
        AtlasToBeacon,     // 09:53
        CreatorTrigger,    // 09:45
        CreatorGroup,      // 09:30
        PermittedLong,     // 08:39
        CreatorTie,        // 08:00, created 03:00
        CreatorFeishu,     // 08:00, created 02:00
        CreatorOrphan,     // 07:00
        UnnamedGroup,      // 06:00
        PermittedTools,    // 05:05
        CreatorCrossAgent, // 03:00
        UsernameOnlyChat,  // 02:30
        NamelessChat,      // 02:00
        PermittedUndated,  // null
    ];

    /// <summary>Creator's MINE list on Atlas.</summary>
    public static readonly Guid[] CreatorMine = [CreatorWeb, CreatorTie, CreatorFeishu];

    /// <summary>Permitted's MINE list on Atlas: the undated session last.</summary>
    public static readonly Guid[] PermittedMine = [PermittedLong, PermittedTools, PermittedUndated];

    /// <summary>Query.sessions with the given selection inside the connection.</summary>
    public static Task<GraphResponse> SessionsAsync(
        this GraphClient client, Guid agentId, string scope, string selection = PageShape, int? first = null, string? after = null) =>
        client.PostAsync(
            $$"""
            query($agentId: UUID!, $scope: SessionScope!, $first: Int, $after: String) {
              sessions(agentId: $agentId, scope: $scope, first: $first, after: $after) {
                {{selection}}
              }
            }
            """,
            new { agentId, scope, first, after });

    /// <summary>The session ids of a connection (its edges' nodes, or its nodes), in order.</summary>
    public static List<Guid> Ids(JsonNode? connection)
    {
        var items = connection!["edges"]?.AsArray().Select(e => e!["node"]) ?? connection["nodes"]!.AsArray();
        return items.Select(n => Guid.Parse((string)n!["id"]!)).ToList();
    }

    /// <summary>The session ids of the response's data.sessions.</summary>
    public static List<Guid> SessionIds(this GraphResponse response) => Ids(response.ShouldSucceed().Data!["sessions"]);

    /// <summary>The node of data.sessions.nodes with this id.</summary>
    public static JsonNode Node(this GraphResponse response, Guid id) =>
        response.ShouldSucceed().Data!["sessions"]!["nodes"]!.AsArray().Single(n => (string?)n!["id"] == id.ToString())!;
}
