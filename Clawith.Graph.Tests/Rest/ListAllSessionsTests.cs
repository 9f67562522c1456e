using Clawith.Graph.Tests.Generations;
using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;
using static Clawith.Graph.Tests.Rest.RestCalls;

namespace Clawith.Graph.Tests.Rest;

/// <summary>GET sessions?scope=all: Clawith's REST module's admin listing, named as a list shows each session.</summary>
public sealed class ListAllSessionsTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    /// <summary>Atlas's sessions with a message, in Clawith's REST module's order: the same list the graph's tests expect.</summary>
    private static readonly Guid[] AtlasAll = Sessions.Listing.SessionLists.AtlasAll;

    private async Task<System.Text.Json.Nodes.JsonArray> AtlasAllAsync() =>
        (await app.Client().As(PlatformAdmin).ListAsync(Atlas, "all")).Array();

    [Fact]
    public async Task All_returns_every_session_with_a_message_as_SessionOut_in_activity_order()
    {
        var response = await app.Client().As(PlatformAdmin).ListAsync(Atlas, "all");

        var sessions = response.Array();
        GenerationSnapshot.Match(response.Snapshot);
        Assert.Equal(AtlasAll, sessions.Ids());
        Assert.All(sessions, s => Assert.Equal(ListedSessionOutFields, s!.Keys()));
    }

    [Fact]
    public async Task All_hides_a_session_with_no_message_but_lists_orphan_trigger_and_misaddressed_ones()
    {
        var ids = (await AtlasAllAsync()).Ids();

        Assert.DoesNotContain(CreatorEmpty, ids);
        Assert.Contains(CreatorOrphan, ids);
        Assert.Contains(CreatorTrigger, ids);
        Assert.Contains(CreatorCrossAgent, ids);
    }

    [Fact]
    public async Task All_names_an_agent_to_agent_session_Agent_A_dash_B_and_shows_its_peer()
    {
        var session = (await AtlasAllAsync()).Session(AtlasToBeacon);

        Assert.Equal("Agent Atlas - Beacon", (string?)session["username"]);
        Assert.Equal(Beacon.ToString(), (string?)session["peer_agent_id"]);
        Assert.Equal("Beacon", (string?)session["peer_agent_name"]);
        Assert.Equal("agent", (string?)session["participant_type"]);
        Assert.Equal("agent", (string?)session["source_channel"]);
        Assert.Equal(OrgAdmin.ToString(), (string?)session["user_id"]);
        Assert.False((bool)session["is_group"]!);
        Assert.Null(session["group_name"]);
    }

    [Fact]
    public async Task All_names_a_group_after_its_group_name_else_Group_Chat()
    {
        var sessions = await AtlasAllAsync();

        var named = sessions.Session(CreatorGroup);
        Assert.Equal("#launch", (string?)named["username"]);
        Assert.Equal("#launch", (string?)named["group_name"]);
        Assert.Equal("group", (string?)named["participant_type"]);
        Assert.True((bool)named["is_group"]!);
        Assert.Null(named["peer_agent_id"]);
        Assert.Null(named["peer_agent_name"]);
        var unnamed = sessions.Session(UnnamedGroup);
        Assert.Equal("Group Chat", (string?)unnamed["username"]);
        Assert.Null(unnamed["group_name"]);
        Assert.Equal("group", (string?)unnamed["participant_type"]);
        Assert.True((bool)unnamed["is_group"]!);
    }

    [Theory]
    [InlineData("c0000000-0000-4000-8000-000000000001", "Carla Creator")] // CreatorWeb: the display name
    [InlineData("c0000000-0000-4000-8000-000000000013", "uma")]           // UsernameOnlyChat: no display name, the identity's username
    [InlineData("c0000000-0000-4000-8000-000000000012", "Unknown")]       // NamelessChat: neither
    public async Task All_names_a_users_session_after_its_owner(string sessionId, string expected)
    {
        var session = (await AtlasAllAsync()).Session(Guid.Parse(sessionId));

        Assert.Equal(expected, (string?)session["username"]);
        Assert.Equal("user", (string?)session["participant_type"]);
        Assert.False((bool)session["is_group"]!);
        Assert.Null(session["peer_agent_id"]);
        Assert.Null(session["peer_agent_name"]);
        Assert.Null(session["group_name"]);
    }

    [Fact]
    public async Task All_counts_every_message_of_a_session_whichever_agent_it_was_addressed_to()
    {
        var sessions = await AtlasAllAsync();

        Assert.Equal(2, (int)sessions.Session(CreatorWeb)["message_count"]!);
        Assert.Equal(4, (int)sessions.Session(AtlasToBeacon)["message_count"]!);
        Assert.Equal(6, (int)sessions.Session(PermittedTools)["message_count"]!);
        Assert.Equal(LongChatLength, (int)sessions.Session(PermittedLong)["message_count"]!);
        Assert.Equal(1, (int)sessions.Session(CreatorCrossAgent)["message_count"]!);
        Assert.Equal(1, (int)sessions.Session(CreatorOrphan)["message_count"]!);
    }

    [Fact225b36fd(Reversals.PeerFromListedSide, typeof(HeadListingNamesTests), nameof(HeadListingNamesTests.Rest_all_names_each_kind_and_gives_an_agent_to_agent_session_the_other_agent_as_its_peer))]
    public async Task All_of_the_peer_agent_lists_the_agent_to_agent_session_under_its_own_agent()
    {
        var response = await app.Client().As(AgentAdmin).ListAsync(Beacon, "all");

        var sessions = response.Array();
        GenerationSnapshot.Match(response.Snapshot);
        Assert.Equal(new[] { AtlasToBeacon, BeaconChat }, sessions.Ids());
        var a2a = sessions.Session(AtlasToBeacon);
        Assert.Equal(Atlas.ToString(), (string?)a2a["agent_id"]);
        Assert.Equal("Agent Atlas - Beacon", (string?)a2a["username"]);
        Assert.Equal(Beacon.ToString(), (string?)a2a["peer_agent_id"]);
        Assert.Equal("Beacon", (string?)a2a["peer_agent_name"]);
        Assert.Equal("Agent Admin", (string?)sessions.Session(BeaconChat)["username"]);
    }
}
