using System.Text.Json.Nodes;
using Clawith.Graph.Tests.Infrastructure;
using static Clawith.Graph.Tests.Generations.HeadListings;

namespace Clawith.Graph.Tests.Generations;

/// <summary>
/// Clawith 251aeba8's names in a listing (RULES L8): an agent-to-agent session first, named by its agent and its
/// peer, with the other agent as its peer from whichever side it is listed; then a group; then the owner.
/// REST's MINE leaves them at their defaults.
/// </summary>
public sealed class HeadListingNamesTests
{
    [Fact251aeba8]
    [Rule("L8")]
    public async Task Rest_all_names_each_kind_and_gives_an_agent_to_agent_session_the_other_agent_as_its_peer()
    {
        await using var app = await HeadWorld.CreateAsync();
        await AddSessionsAsync(app);

        var atlas = ById(await RestAsync(app.Client().As(TestWorld.PlatformAdmin), TestWorld.Atlas, "all"));
        var beacon = ById(await RestAsync(app.Client().As(TestWorld.AgentAdmin), TestWorld.Beacon, "all"));

        AssertNames(atlas[TestWorld.AtlasToBeacon], "Agent Atlas - Beacon", "agent", TestWorld.Beacon, "Beacon");
        AssertNames(beacon[TestWorld.AtlasToBeacon], "Agent Atlas - Beacon", "agent", TestWorld.Atlas, "Atlas");
        AssertNames(atlas[BeaconToAtlas], "Agent Beacon - Atlas", "agent", TestWorld.Beacon, "Beacon");
        AssertNames(beacon[BeaconToAtlas], "Agent Beacon - Atlas", "agent", TestWorld.Atlas, "Atlas");
        AssertNames(atlas[AtlasToItself], "Agent Atlas - Atlas", "agent", TestWorld.Atlas, "Atlas");
        AssertNames(atlas[TestWorld.CreatorGroup], "#launch", "group", null, null, isGroup: true, groupName: "#launch");
        AssertNames(atlas[TestWorld.UnnamedGroup], "Group Chat", "group", null, null, isGroup: true);
        AssertNames(atlas[TestWorld.CreatorTrigger], "Carla Creator", "user", null, null);
        AssertNames(atlas[TestWorld.CreatorFeishu], "Carla Creator", "user", null, null);
        AssertNames(atlas[TestWorld.NamelessChat], "Unknown", "user", null, null);
        AssertNames(atlas[TestWorld.UsernameOnlyChat], "uma", "user", null, null);
    }

    [Fact251aeba8]
    [Rule("L8")]
    public async Task Rest_mine_leaves_the_names_at_their_defaults()
    {
        await using var app = await HeadWorld.CreateAsync();

        var mine = await RestAsync(app.Client().As(TestWorld.Creator), TestWorld.Atlas, "mine");

        Assert.NotEmpty(mine);
        Assert.All(mine, session => AssertNames(session!, null, "user", null, null));
    }

    [Fact251aeba8]
    [Rule("L8", "§9")]
    public async Task The_graph_names_and_types_each_kind_as_rest_does()
    {
        await using var app = await HeadWorld.CreateAsync();
        await AddSessionsAsync(app);

        var atlas = ById(await GraphAsync(app.Client().As(TestWorld.PlatformAdmin), TestWorld.Atlas, "ALL"));

        Assert.Equal(("Agent Beacon - Atlas", "AGENT", "A2A"), Named(atlas[BeaconToAtlas]));
        Assert.Equal(("Agent Atlas - Beacon", "AGENT", "A2A"), Named(atlas[TestWorld.AtlasToBeacon]));
        Assert.Equal(("Group Chat", "GROUP", "GROUP"), Named(atlas[TestWorld.UnnamedGroup]));
        Assert.Equal(("Carla Creator", "USER", "TRIGGER"), Named(atlas[TestWorld.CreatorTrigger]));
        Assert.Equal(("uma", "USER", "DIRECT"), Named(atlas[TestWorld.UsernameOnlyChat]));
    }

    private static Dictionary<Guid, JsonNode> ById(JsonArray listed) => listed.ToDictionary(s => Guid.Parse((string)s!["id"]!), s => s!);

    private static (string?, string?, string?) Named(JsonNode session) =>
        ((string?)session["displayName"], (string?)session["participantType"], (string?)session["sessionType"]);

    private static void AssertNames(JsonNode session, string? username, string participantType, Guid? peerId, string? peerName,
        bool isGroup = false, string? groupName = null)
    {
        Assert.Equal(username, (string?)session["username"]);
        Assert.Equal(participantType, (string?)session["participant_type"]);
        Assert.Equal(peerId?.ToString(), (string?)session["peer_agent_id"]);
        Assert.Equal(peerName, (string?)session["peer_agent_name"]);
        Assert.Equal(isGroup, (bool)session["is_group"]!);
        Assert.Equal(groupName, (string?)session["group_name"]);
    }
}
