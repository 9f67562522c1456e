using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Generations;
using Clawith.Graph.Tests.Infrastructure;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;

namespace Clawith.Graph.Tests.Rest;

/// <summary>MINE rules that need rows the test world lacks: agent-channel sessions, and messages to another agent.</summary>
public sealed class MineCountingTests
{
    private static readonly Guid OwnAgentChat = Guid.Parse("c1000000-0000-4000-8000-000000000001");
    private static readonly Guid OwnPeerlessAgentChat = Guid.Parse("c1000000-0000-4000-8000-000000000002");

    [Fact225b36fd(Reversals.MineAnyMessage, typeof(HeadListingTests), nameof(HeadListingTests.Mine_lists_the_callers_direct_sessions_from_any_channel_that_hold_any_message_most_recent_first))]
    public async Task Mine_leaves_out_the_callers_agent_channel_sessions_which_all_lists()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        await RestRows.AddAsync(app, rows =>
        {
            var toPeer = rows.Session(OwnAgentChat, Atlas, Creator, "Relay", ChatSession.AgentChannel, T0.AddHours(11), peerAgentId: Beacon);
            rows.Message(toPeer, Guid.NewGuid(), ChatRole.User, "Relay this.", T0.AddHours(11));
            var peerless = rows.Session(OwnPeerlessAgentChat, Atlas, Creator, "Peerless", ChatSession.AgentChannel, T0.AddHours(12));
            rows.Message(peerless, Guid.NewGuid(), ChatRole.User, "Anyone?", T0.AddHours(12));
        });

        var mine = (await app.Client().As(Creator).ListAsync(Atlas, "mine")).Array().Ids();
        var all = (await app.Client().As(PlatformAdmin).ListAsync(Atlas, "all")).Array();

        Assert.Equal(new[] { CreatorWeb, CreatorTie, CreatorFeishu }, mine);
        Assert.Equal(new[] { OwnPeerlessAgentChat, OwnAgentChat }, all.Ids().Take(2));
        // Without a peer, an agent-channel session is named and typed as a user's.
        Assert.Equal("Carla Creator", (string?)all.Session(OwnPeerlessAgentChat)["username"]);
        Assert.Equal("user", (string?)all.Session(OwnPeerlessAgentChat)["participant_type"]);
        Assert.Null(all.Session(OwnPeerlessAgentChat)["peer_agent_id"]);
        Assert.Equal("Agent Atlas - Beacon", (string?)all.Session(OwnAgentChat)["username"]);
    }

    /// <summary>
    /// Clawith's REST module's MINE counts only messages addressed to this agent; here message_count, like the graph's
    /// messageCount, is the whole conversation in both scopes (a documented departure: a session's count
    /// does not change with the list it appears in).
    /// </summary>
    [Fact]
    public async Task Message_count_is_the_whole_conversation_in_both_scopes()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        await RestRows.AddMessageAsync(app, CreatorWeb, MessageId(CreatorWeb, 50), ChatRole.Assistant, "Harbor chimes in.",
            T0.AddHours(10).AddMinutes(2), agentId: Harbor);

        var mine = (await app.Client().As(Creator).ListAsync(Atlas, "mine")).Array();
        var all = (await app.Client().As(PlatformAdmin).ListAsync(Atlas, "all")).Array();

        Assert.Equal(3, (int)mine.Session(CreatorWeb)["message_count"]!);
        Assert.Equal(3, (int)all.Session(CreatorWeb)["message_count"]!);
    }
}
