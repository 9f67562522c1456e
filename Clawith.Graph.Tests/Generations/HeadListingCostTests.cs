using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Clawith.Graph.Tests.Generations;

/// <summary>
/// The N+1 guard on Clawith 251aeba8's listings: a page's session types, primacy, unread counts and names cost
/// the same few SQL commands however many sessions it lists, on the graph and on REST (counted over the whole
/// request, authentication included).
/// </summary>
public sealed class HeadListingCostTests(ITestOutputHelper output)
{
    private static readonly Guid Bulk = HeadWorld.Id("a1000000", 2);

    private const string EveryListedField = """
        query($agentId: UUID!, $scope: SessionScope!) {
          sessions(agentId: $agentId, scope: $scope, first: 100) {
            nodes {
              id displayName participantType sessionType isPrimary unreadCount messageCount isGroup
              agent { name } peerAgent { name } user { displayName }
            }
          }
        }
        """;

    /// <summary>
    /// 1 the caller, 1 the agent and its sharing, 1 the page with its counts, agents, owners and 251aeba8's columns
    /// (session_type, is_primary: the listing's row carries them, as 225b36fd's page costs no second read), 1 the
    /// caller's unread counts (SessionUnreadLoader).
    /// </summary>
    private const int Commands = 4;

    [Theory251aeba8]
    [InlineData("ALL")]
    [InlineData("MINE")]
    public async Task A_graph_listing_costs_the_same_few_sql_commands_for_4_sessions_as_for_60(string scope)
    {
        var (few, fewListed) = await CountAsync(4, client => Graph(client, scope));
        var (many, manyListed) = await CountAsync(60, client => Graph(client, scope));

        output.WriteLine($"SQL commands: {few} for {fewListed} sessions, {many} for {manyListed}");
        Assert.Equal(scope == "ALL" ? 4 : 1, fewListed);
        Assert.Equal(scope == "ALL" ? 60 : 15, manyListed);
        Assert.Equal(few, many);
        Assert.Equal(Commands, many);
    }

    [Fact251aeba8]
    public async Task The_rest_listing_costs_the_same_few_sql_commands_for_4_sessions_as_for_60()
    {
        var (few, fewListed) = await CountAsync(4, Rest);
        var (many, manyListed) = await CountAsync(60, Rest);

        output.WriteLine($"SQL commands: {few} for {fewListed} sessions, {many} for {manyListed}");
        Assert.Equal(4, fewListed);
        Assert.Equal(60, manyListed);
        Assert.Equal(few, many);
        Assert.Equal(Commands, many);
    }

    private static async Task<int> Graph(GraphClient client, string scope) =>
        (await client.PostAsync(EveryListedField, new { agentId = Bulk, scope })).ShouldSucceed().Data!["sessions"]!["nodes"]!.AsArray().Count;

    private static async Task<int> Rest(GraphClient client) =>
        (await client.RestAsync(HttpMethod.Get, $"/api/agents/{Bulk}/sessions?scope=all")).Json.AsArray().Count;

    /// <summary>
    /// An agent of the tenant with <paramref name="sessions"/> sessions of every kind in turn (a2a with Beacon, a
    /// group, a trigger, the OrgAdmin's direct ones), each with a reply; then the SQL commands of one request.
    /// </summary>
    private static async Task<(int Commands, int Listed)> CountAsync(int sessions, Func<GraphClient, Task<int>> request)
    {
        await using var app = await HeadWorld.CreateAsync();
        await using (var db = await app.NewDbContextAsync())
        {
            db.Agents.Add(new Agent { Id = Bulk, Name = "Bulk", CreatorId = TestWorld.Creator, TenantId = TestWorld.Tenant, AccessMode = AgentAccessModes.Company });
            var rows = new DemoRowWriter(db, TestWorld.Tenant);
            Guid[] owners = [TestWorld.Creator, TestWorld.Permitted, TestWorld.OrgAdmin];
            for (var i = 0; i < sessions; i++)
            {
                var (channel, peer, group) = (i % 4) switch
                {
                    0 => (ChatSession.AgentChannel, TestWorld.Beacon, (string?)null),
                    1 => ("slack", (Guid?)null, "#bulk"),
                    2 => (ChatSession.TriggerChannel, null, null),
                    _ => ("feishu", null, null),
                };
                var owner = channel == "feishu" ? TestWorld.OrgAdmin : owners[i % owners.Length];
                var session = rows.Session(Guid.NewGuid(), Bulk, owner, $"Bulk {i}", channel, TestWorld.T0.AddMinutes(i),
                    peer, isGroup: group is not null, group);
                rows.Message(session, Guid.NewGuid(), ChatRole.Assistant, "A reply.", session.CreatedAt.AddSeconds(1));
            }
            await db.SaveChangesAsync();
        }
        var client = app.Client().As(TestWorld.OrgAdmin);

        app.Sql.Reset();
        var listed = await request(client);
        return (app.Sql.Count, listed);
    }
}
