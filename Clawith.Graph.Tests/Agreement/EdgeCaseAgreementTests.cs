using Clawith.Graph.Data;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Agreement;

/// <summary>
/// Rows Clawith's tables allow that the test world does not hold, each in a session of Creator on Atlas
/// with one user message: the two listings must still agree on it.
/// </summary>
public sealed class EdgeCaseAgreementTests
{
    private static readonly Guid Edge = Guid.Parse("c0000000-0000-4000-8000-000000000301");
    private static readonly Guid GoneAgent = Guid.Parse("a0000000-0000-4000-8000-000000000404");
    private static readonly Guid UnnamedAgent = Guid.Parse("a0000000-0000-4000-8000-000000000405");

    /// <summary>Clawith's REST module names a peer only for an agent-channel session; a web session's recorded peer is not one.</summary>
    [Theory]
    [InlineData("platform_admin", "all")]
    [InlineData("creator", "mine")]
    public async Task A_web_session_that_records_a_peer_agent_lists_alike(string caller, string scope)
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        await AddSessionAsync(app, "web", TestWorld.Beacon);

        await AssertListedAlikeAsync(app, caller, scope, "a web session recording Beacon as its peer");
    }

    [Theory]
    [InlineData("gone")]
    [InlineData("unnamed")]
    public async Task An_agent_session_whose_peer_agent_is_gone_or_unnamed_lists_alike(string peer)
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        if (peer == "unnamed")
            await AddAgentAsync(app, UnnamedAgent, name: "");
        await AddSessionAsync(app, ChatSession.AgentChannel, peer == "gone" ? GoneAgent : UnnamedAgent);

        await AssertListedAlikeAsync(app, "platform_admin", "all", $"an agent-to-agent session whose peer agent is {peer}");
    }

    private static async Task AssertListedAlikeAsync(ClawithAppFactory app, string caller, string scope, string scenario)
    {
        var client = app.As(caller);
        var rest = (await Listings.RestAsync(client, TestWorld.Atlas, scope)).Only(Edge);
        var graph = (await Listings.GraphAsync(client, TestWorld.Atlas, scope)).Only(Edge);

        Assert.Single(rest.Items);
        Agree.Same(rest, graph, $"{scenario} ({caller}, {scope})");
    }

    private static async Task AddAgentAsync(ClawithAppFactory app, Guid id, string name)
    {
        await using var db = await app.NewDbContextAsync();
        db.Agents.Add(new Agent { Id = id, Name = name, CreatorId = TestWorld.AgentAdmin });
        await db.SaveChangesAsync();
    }

    /// <summary>A session of Creator on Atlas recording <paramref name="peer"/> (whose row may not exist) as its peer agent.</summary>
    private static async Task AddSessionAsync(ClawithAppFactory app, string channel, Guid peer)
    {
        await using var db = await app.NewDbContextAsync();
        await TestDatabase.WithoutForeignKeysAsync(db, async () =>
        {
            var rows = new DemoRowWriter(db);
            var session = rows.Session(Edge, TestWorld.Atlas, TestWorld.Creator, "Edge", channel, TestWorld.T0.AddHours(30), peer);
            rows.Message(session, TestWorld.MessageId(Edge, 1), ChatRole.User, "Edge case.", TestWorld.T0.AddHours(30));
            await db.SaveChangesAsync();
        });
    }
}
