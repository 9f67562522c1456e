using System.Text.Json.Nodes;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Generations;

/// <summary>
/// The listings of a 251aeba8 world as a client reads them (the graph and REST), and the rows the listing
/// and search tests add to <see cref="HeadWorld"/>: sessions soft-deleted or moved to another tenant, agent-to-agent
/// sessions from either side, and messages written as Clawith writes them (chat_messages.tenant_id NULL, §0.2).
/// </summary>
public static class HeadListings
{
    /// <summary>Beacon asking Atlas, owned by Beacon's creator: listed under Atlas as its peer.</summary>
    public static readonly Guid BeaconToAtlas = HeadWorld.Id("c1000000", 1);
    /// <summary>An agent-to-agent session whose agent is its own peer: one branch lists it, not both.</summary>
    public static readonly Guid AtlasToItself = HeadWorld.Id("c1000000", 2);
    /// <summary>Creator's direct session whose one message Clawith wrote without a tenant_id.</summary>
    public static readonly Guid ClawithWritten = HeadWorld.Id("c1000000", 3);

    private const string Listing = """
        query($agentId: UUID!, $scope: SessionScope!) {
          sessions(agentId: $agentId, scope: $scope, first: 100) {
            nodes { id sourceChannel displayName participantType sessionType messageCount }
            totalCount
          }
        }
        """;

    /// <summary>The graph's listing, in order.</summary>
    public static async Task<JsonArray> GraphAsync(GraphClient client, Guid agentId, string scope)
    {
        var sessions = (await client.PostAsync(Listing, new { agentId, scope })).ShouldSucceed().Data!["sessions"]!;
        var nodes = sessions["nodes"]!.AsArray();
        Assert.Equal(nodes.Count, (int)sessions["totalCount"]!);
        return nodes;
    }

    /// <summary>REST's listing (scope "mine" or "all"), in order.</summary>
    public static async Task<JsonArray> RestAsync(GraphClient client, Guid agentId, string scope) =>
        (await client.RestAsync(HttpMethod.Get, $"/api/agents/{agentId}/sessions?scope={scope}")).Json.AsArray();

    public static List<Guid> Ids(JsonArray listed) => [.. listed.Select(s => Guid.Parse((string)s!["id"]!))];

    /// <summary>Both listings' ids, which must agree: the graph's first page and REST's whole list.</summary>
    public static async Task<List<Guid>> IdsAsync(GraphClient client, Guid agentId, string scope)
    {
        var graph = Ids(await GraphAsync(client, agentId, scope.ToUpperInvariant()));
        Assert.Equal(graph, Ids(await RestAsync(client, agentId, scope)));
        return graph;
    }

    /// <summary>Adds <see cref="BeaconToAtlas"/>, <see cref="AtlasToItself"/> and <see cref="ClawithWritten"/>, each with a message.</summary>
    public static async Task AddSessionsAsync(ClawithAppFactory app)
    {
        await using var db = await app.NewDbContextAsync();
        var rows = new DemoRowWriter(db, TestWorld.Tenant);
        var asks = rows.Session(BeaconToAtlas, TestWorld.Beacon, TestWorld.AgentAdmin, "Beacon asks Atlas", ChatSession.AgentChannel,
            TestWorld.T0.AddHours(3), peerAgentId: TestWorld.Atlas);
        rows.Message(asks, HeadWorld.Id("e2000000", 1), ChatRole.User, "Atlas, which release?", TestWorld.T0.AddHours(11));
        var itself = rows.Session(AtlasToItself, TestWorld.Atlas, TestWorld.OrgAdmin, "Atlas thinks aloud", ChatSession.AgentChannel,
            TestWorld.T0.AddHours(3), peerAgentId: TestWorld.Atlas);
        rows.Message(itself, HeadWorld.Id("e2000000", 2), ChatRole.Assistant, "Note to self.", TestWorld.T0.AddHours(12));
        var written = rows.Session(ClawithWritten, TestWorld.Atlas, TestWorld.Creator, "From the runtime", "web", TestWorld.T0.AddHours(4));
        rows.Message(written, HeadWorld.Id("e2000000", 3), ChatRole.Assistant, "Written by Clawith's runtime.", TestWorld.T0.AddHours(13))
            .TenantId = null;
        await db.SaveChangesAsync();
    }

    public static async Task SoftDeleteAsync(ClawithAppFactory app, Guid sessionId) =>
        await HeadWorld.ExecuteAsync(app, "UPDATE chat_sessions SET deleted_at = created_at WHERE id = {0}", await HeadWorld.StoredIdAsync(app, sessionId));

    /// <summary>Moves a session of Atlas to <see cref="HeadWorld.OtherTenant"/>: a row no Clawith writer makes, which its tenant filter (A11) still hides.</summary>
    public static async Task MoveToOtherTenantAsync(ClawithAppFactory app, Guid sessionId) =>
        await HeadWorld.ExecuteAsync(app, "UPDATE chat_sessions SET tenant_id = {0} WHERE id = {1}",
            await HeadWorld.StoredIdAsync(app, HeadWorld.OtherTenant), await HeadWorld.StoredIdAsync(app, sessionId));
}
