using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Generations;
using Clawith.Graph.Tests.Infrastructure;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;

namespace Clawith.Graph.Tests.Rest;

/// <summary>The ALL listing's names for rows the test world lacks: a group with only a title, and vanished agents.</summary>
public sealed class ListNamingEdgeCaseTests
{
    private static readonly Guid TitledGroup = Guid.Parse("c1000000-0000-4000-8000-000000000020");
    private static readonly Guid ToVanishedPeer = Guid.Parse("c1000000-0000-4000-8000-000000000021");
    private static readonly Guid FromVanishedAgent = Guid.Parse("c1000000-0000-4000-8000-000000000022");
    private static readonly Guid VanishedAgent = Guid.Parse("a0000000-0000-4000-8000-000000000404");

    [Fact]
    public async Task A_group_without_a_group_name_is_named_after_its_title()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        await RestRows.AddAsync(app, rows =>
        {
            var group = rows.Session(TitledGroup, Atlas, Creator, "Standup", "slack", T0.AddHours(20), isGroup: true);
            rows.Message(group, Guid.NewGuid(), ChatRole.User, "Morning.", T0.AddHours(20));
        });

        var session = (await app.Client().As(PlatformAdmin).ListAsync(Atlas, "all")).Array().Session(TitledGroup);

        Assert.Equal("Standup", (string?)session["username"]);
        Assert.Null(session["group_name"]);
        Assert.Equal("group", (string?)session["participant_type"]);
    }

    [Fact225b36fd(Reversals.PeerFromListedSide, typeof(HeadListingNamesTests), nameof(HeadListingNamesTests.Rest_all_names_each_kind_and_gives_an_agent_to_agent_session_the_other_agent_as_its_peer))]
    public async Task A_vanished_agent_of_an_agent_to_agent_session_reads_Agent()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        await RestRows.AddAsync(app, (rows, _) =>
        {
            var toVanished = rows.Session(ToVanishedPeer, Atlas, Creator, "Into the void", ChatSession.AgentChannel, T0.AddHours(20), VanishedAgent);
            rows.Message(toVanished, Guid.NewGuid(), ChatRole.User, "Anyone there?", T0.AddHours(21));
            var fromVanished = rows.Session(FromVanishedAgent, VanishedAgent, Creator, "Out of the void", ChatSession.AgentChannel, T0.AddHours(20), Atlas);
            rows.Message(fromVanished, Guid.NewGuid(), ChatRole.User, "Hello Atlas.", T0.AddHours(22));
            return Task.CompletedTask;
        }, foreignKeys: false);

        var sessions = (await app.Client().As(PlatformAdmin).ListAsync(Atlas, "all")).Array();

        Assert.Equal(new[] { FromVanishedAgent, ToVanishedPeer }, sessions.Ids().Take(2));
        var toVanished = sessions.Session(ToVanishedPeer);
        Assert.Equal("Agent Atlas - Agent", (string?)toVanished["username"]);
        Assert.Equal("Agent", (string?)toVanished["peer_agent_name"]);
        Assert.Equal(VanishedAgent.ToString(), (string?)toVanished["peer_agent_id"]);
        var fromVanished = sessions.Session(FromVanishedAgent);
        Assert.Equal("Agent Agent - Atlas", (string?)fromVanished["username"]);
        Assert.Equal("Atlas", (string?)fromVanished["peer_agent_name"]);
        Assert.Equal(VanishedAgent.ToString(), (string?)fromVanished["agent_id"]);
    }
}
