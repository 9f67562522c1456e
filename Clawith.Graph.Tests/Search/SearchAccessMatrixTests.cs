using Clawith.Graph.Data.Demo;
using Clawith.Graph.Tests.Infrastructure;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Search;

/// <summary>
/// Search never shows more than the graph does. Every session of the test world gets a marker message (written
/// by plain SQL, as Clawith would); then for every caller, agent and scope, the sessions and messages a search
/// for the marker finds are exactly those the graph lets the caller read: with MINE, their own sessions that
/// session(agentId, id) shows them (groups and triggers included); with ALL, the sessions of sessions(scope: ALL).
/// Where the listing refuses, search refuses alike. Both ways of searching are judged: through the index
/// (a text of three characters or more) and by the bounded scan (two).
/// </summary>
public sealed class SearchAccessMatrixTests(SearchAccessMatrixTests.MarkedWorld world) : IClassFixture<SearchAccessMatrixTests.MarkedWorld>
{
    public static readonly Guid[] Callers =
    [
        TestWorld.PlatformAdmin, TestWorld.OrgAdmin, TestWorld.AgentAdmin, TestWorld.Creator, TestWorld.Permitted,
        TestWorld.CompanyMember, TestWorld.Stranger, TestWorld.Inactive, TestWorld.Nameless, TestWorld.UsernameOnly,
    ];

    public static readonly Guid[] Agents = [TestWorld.Atlas, TestWorld.Harbor, TestWorld.Beacon];

    public static TheoryData<Guid, Guid, string, string> Cells()
    {
        var cells = new TheoryData<Guid, Guid, string, string>();
        foreach (var caller in Callers)
            foreach (var agent in Agents)
                foreach (var scope in new[] { "MINE", "ALL" })
                    foreach (var text in new[] { "ZQ-marker", "zq" })
                        cells.Add(caller, agent, scope, text);
        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Search_finds_exactly_the_marker_of_each_session_the_graph_lets_the_caller_read(Guid caller, Guid agent, string scope, string text)
    {
        var client = world.Factory.Client().As(caller);
        var listing = await client.PostAsync("""
            query($agentId: UUID!, $scope: SessionScope!) { sessions(agentId: $agentId, scope: $scope, first: 500) { nodes { id } } }
            """, new { agentId = agent, scope });
        var search = await client.SearchAsync(agent, text, scope, first: 100);

        if (listing.Errors.Count > 0)
        {
            Assert.Equal((listing.ErrorCode(), listing.ErrorMessage()), (search.ErrorCode(), search.ErrorMessage()));
            return;
        }
        var readable = scope == "ALL"
            ? listing.Data!["sessions"]!["nodes"]!.AsArray().Select(n => Guid.Parse((string)n!["id"]!)).ToHashSet()
            : await OwnReadableSessionsAsync(client, agent, caller);
        var (hits, _) = await client.AllPagesAsync(agent, text, scope, first: 100);

        Assert.Equal(readable.Select(world.MarkerOf).Order(), hits.Order());
    }

    /// <summary>The caller's own sessions that session(agentId, id) shows them, asked of every session in the database at once.</summary>
    private async Task<HashSet<Guid>> OwnReadableSessionsAsync(GraphClient client, Guid agent, Guid caller)
    {
        var query = "query($agentId: UUID!) { " + string.Concat(world.Sessions.Select((id, i) =>
            $"s{i}: session(agentId: $agentId, id: \"{id}\") {{ id user {{ id }} }} ")) + "}";
        var response = await client.PostAsync(query, new { agentId = agent });
        return [.. world.Sessions.Where((_, i) => response.Data?[$"s{i}"] is JsonObject session && (string?)session["user"]?["id"] == caller.ToString())];
    }

    /// <summary>The test world with a marker message, newest of all, in every session.</summary>
    public sealed class MarkedWorld : IAsyncLifetime
    {
        public static readonly Guid PeerOfWebSession = Guid.Parse("c4000000-0000-4000-8000-000000000001");

        private readonly Dictionary<Guid, Guid> _markers = [];

        public ClawithAppFactory Factory { get; } = new();

        public List<Guid> Sessions { get; private set; } = [];

        public Guid MarkerOf(Guid session) => _markers[session];

        public async Task InitializeAsync()
        {
            await Factory.InitializeAsync();
            await using var db = await Factory.NewDbContextAsync();
            // A web session of Harbor's with Beacon as its peer: session(Beacon, id) finds it, the ALL listing of Beacon does not.
            new Clawith.Graph.Data.Demo.DemoRowWriter(db).Session(PeerOfWebSession, TestWorld.Harbor, TestWorld.AgentAdmin, "Odd peer", "web", TestWorld.T0, peerAgentId: TestWorld.Beacon);
            await db.SaveChangesAsync();
            var sessions = await db.ChatSessions.Select(s => new { s.Id, s.AgentId, s.UserId }).ToListAsync();
            Sessions = [.. sessions.Select(s => s.Id)];
            var inserts = sessions.Select((s, i) =>
            {
                _markers[s.Id] = Guid.Parse($"f0000000-0000-4000-8000-{i:D12}");
                return PlainSql.MessageInsert(_markers[s.Id], s.AgentId, s.UserId, s.Id, $"A zq-MARKER in session {i}.", TestWorld.T0.AddDays(60).AddMinutes(i));
            });
            await PlainSql.ExecuteAsync(Factory, string.Join(";\n", inserts));
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }
}
