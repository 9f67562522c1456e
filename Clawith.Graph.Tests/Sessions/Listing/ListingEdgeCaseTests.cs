using Clawith.Graph.Tests.Generations;
using Clawith.Graph.Tests.Infrastructure;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;
using static Clawith.Graph.Tests.Sessions.Listing.EdgeCaseWorld;

namespace Clawith.Graph.Tests.Sessions.Listing;

/// <summary>Listing and naming rules for sessions the shared test world has no row for.</summary>
public sealed class ListingEdgeCaseTests(EdgeCaseWorld world) : IClassFixture<EdgeCaseWorld>
{
    private GraphClient As(Guid user) => world.App.Client().As(user);

    [Fact225b36fd("251aeba8's MINE holds every direct session with a message of any role (L7): the assistant-only and misaddressed ones too; see Generations/HeadListingTests")]
    public async Task Mine_leaves_out_the_callers_agent_channel_sessions_with_or_without_a_peer()
    {
        var ids = (await As(Creator).SessionsAsync(Atlas, "MINE")).SessionIds();

        Assert.Equal(SessionLists.CreatorMine, ids);
    }

    [Fact]
    public async Task All_of_the_peer_lists_only_agent_channel_sessions_naming_it_as_peer()
    {
        var beacon = (await As(AgentAdmin).SessionsAsync(Beacon, "ALL")).SessionIds();
        var atlas = (await As(PlatformAdmin).SessionsAsync(Atlas, "ALL")).SessionIds();

        Assert.Equal(new[] { CreatorAgentChannel, AtlasToBeacon, BeaconChat }, beacon);
        Assert.DoesNotContain(HarborWebNamingAtlas, atlas);
        Assert.Contains(CreatorAgentNoPeer, atlas);
    }

    [Fact225b36fd(Reversals.TypedBySessionType, typeof(HeadSessionTypeTests), nameof(HeadSessionTypeTests.An_agent_channel_session_without_a_peer_is_an_agent_to_agent_session_named_and_filtered_as_one))]
    public async Task An_agent_channel_session_without_a_peer_is_a_user_session_named_by_its_owner()
    {
        var session = (await ListedAsync()).Node(CreatorAgentNoPeer);

        Assert.Equal("Carla Creator", (string?)session["displayName"]);
        Assert.Equal("USER", (string?)session["participantType"]);
        Assert.Equal("agent", (string?)session["sourceChannel"]);
        Assert.Null(session["peerAgent"]);
    }

    [Fact]
    public async Task A_group_session_without_a_group_name_is_named_by_its_title()
    {
        var session = (await ListedAsync()).Node(TitledGroup);

        Assert.Equal("Standup", (string?)session["displayName"]);
        Assert.Null(session["groupName"]);
        Assert.Equal("GROUP", (string?)session["participantType"]);
    }

    [Fact]
    public async Task An_agent_to_agent_session_names_a_peer_with_an_empty_name_Agent()
    {
        var session = (await ListedAsync()).Node(AtlasToUnnamedAgent);

        Assert.Equal("Agent Atlas - Agent", (string?)session["displayName"]);
        Assert.Equal("AGENT", (string?)session["participantType"]);
        Assert.Equal(UnnamedAgent.ToString(), (string?)session["peerAgent"]!["id"]);
        Assert.Equal(UnnamedAgent.ToString(), (string?)session["peerAgentId"]);
        Assert.Equal("Agent", (string?)session["peerAgentName"]);
    }

    [Fact]
    public async Task An_agent_to_agent_session_names_a_vanished_peer_Agent()
    {
        var session = (await ListedAsync()).Node(AtlasToVanishedAgent);

        Assert.Equal("Agent Atlas - Agent", (string?)session["displayName"]);
        Assert.Equal("AGENT", (string?)session["participantType"]);
        Assert.Null(session["peerAgent"]);
        Assert.Equal(Missing.ToString(), (string?)session["peerAgentId"]);
        Assert.Equal("Agent", (string?)session["peerAgentName"]);
    }

    [Fact]
    public async Task A_web_session_that_records_a_peer_agent_has_no_peer()
    {
        var session = (await As(CompanyMember).SessionsAsync(Harbor, "MINE", $"nodes {{ {PeerFields} }}")).Node(HarborWebNamingAtlas);

        Assert.Null(session["peerAgent"]);
        Assert.Null(session["peerAgentId"]);
        Assert.Null(session["peerAgentName"]);
    }

    private const string PeerFields = "id peerAgent { id name } peerAgentId peerAgentName";

    private Task<GraphResponse> ListedAsync() =>
        As(PlatformAdmin).SessionsAsync(Atlas, "ALL", $"nodes {{ {SessionLists.EveryField} peerAgentId peerAgentName }}");
}
