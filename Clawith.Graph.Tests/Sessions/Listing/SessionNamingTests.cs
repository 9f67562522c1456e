using System.Text.Json.Nodes;
using Clawith.Graph.Tests.Infrastructure;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;

namespace Clawith.Graph.Tests.Sessions.Listing;

/// <summary>How a listed session names itself and who is on its other side, per Clawith's REST module's list_sessions.</summary>
public sealed class SessionNamingTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Fact]
    public async Task An_agent_to_agent_session_is_named_after_both_agents()
    {
        var session = await ListedAsync(AtlasToBeacon);

        Assert.Equal("Agent Atlas - Beacon", (string?)session["displayName"]);
        Assert.Equal("AGENT", (string?)session["participantType"]);
        Assert.Equal("agent", (string?)session["sourceChannel"]);
        Assert.Equal(Beacon.ToString(), (string?)session["peerAgent"]!["id"]);
        Assert.Equal("Beacon", (string?)session["peerAgent"]!["name"]);
        Assert.Equal(Atlas.ToString(), (string?)session["agent"]!["id"]);
        Assert.Equal(OrgAdmin.ToString(), (string?)session["user"]!["id"]);
        Assert.False((bool)session["isGroup"]!);
    }

    [Fact]
    public async Task A_group_session_is_named_by_its_group_name()
    {
        var session = await ListedAsync(CreatorGroup);

        Assert.Equal("#launch", (string?)session["displayName"]);
        Assert.Equal("#launch", (string?)session["groupName"]);
        Assert.Equal("Launch", (string?)session["title"]);
        Assert.Equal("GROUP", (string?)session["participantType"]);
        Assert.True((bool)session["isGroup"]!);
        Assert.Equal("slack", (string?)session["sourceChannel"]);
        Assert.Null(session["peerAgent"]);
    }

    [Fact]
    public async Task A_group_session_with_neither_group_name_nor_title_is_named_Group_Chat()
    {
        var session = await ListedAsync(UnnamedGroup);

        Assert.Equal("Group Chat", (string?)session["displayName"]);
        Assert.Null(session["groupName"]);
        Assert.Equal("", (string?)session["title"]);
        Assert.Equal("GROUP", (string?)session["participantType"]);
        Assert.True((bool)session["isGroup"]!);
    }

    [Fact]
    public async Task A_user_session_is_named_by_its_owners_display_name()
    {
        var session = await ListedAsync(CreatorWeb);

        Assert.Equal("Carla Creator", (string?)session["displayName"]);
        Assert.Equal("USER", (string?)session["participantType"]);
        Assert.Equal(Creator.ToString(), (string?)session["user"]!["id"]);
        Assert.False((bool)session["isGroup"]!);
        Assert.Null(session["groupName"]);
        Assert.Null(session["peerAgent"]);
    }

    [Fact]
    public async Task A_session_of_a_user_without_display_name_is_named_by_their_identitys_username()
    {
        var session = await ListedAsync(UsernameOnlyChat);

        Assert.Equal("uma", (string?)session["displayName"]);
        Assert.Equal("USER", (string?)session["participantType"]);
    }

    [Fact]
    public async Task A_session_of_a_user_with_neither_display_name_nor_username_is_named_Unknown()
    {
        var session = await ListedAsync(NamelessChat);

        Assert.Equal("Unknown", (string?)session["displayName"]);
        Assert.Equal("USER", (string?)session["participantType"]);
    }

    [Fact]
    public async Task A_trigger_session_is_a_user_session_named_by_its_owner()
    {
        var session = await ListedAsync(CreatorTrigger);

        Assert.Equal("Carla Creator", (string?)session["displayName"]);
        Assert.Equal("USER", (string?)session["participantType"]);
        Assert.Equal("trigger", (string?)session["sourceChannel"]);
    }

    [Fact]
    public async Task Times_are_iso_8601_in_utc_with_offset_and_a_missing_last_message_at_is_null()
    {
        var web = await ListedAsync(CreatorWeb);
        var undated = await ListedAsync(PermittedUndated);

        Assert.Equal("2026-01-01T01:00:00.000000+00:00", (string?)web["createdAt"]);
        Assert.Equal("2026-01-01T10:01:00.000000+00:00", (string?)web["lastMessageAt"]);
        Assert.Equal("2026-01-01T04:00:00.000000+00:00", (string?)undated["createdAt"]);
        Assert.Null(undated["lastMessageAt"]);
    }

    [Theory]
    [InlineData("c0000000-0000-4000-8000-000000000014", 520)] // PermittedLong
    [InlineData("c0000000-0000-4000-8000-000000000010", 6)]   // PermittedTools: user, tool calls and assistant
    [InlineData("c0000000-0000-4000-8000-000000000008", 4)]   // AtlasToBeacon
    [InlineData("c0000000-0000-4000-8000-000000000011", 1)]   // CreatorCrossAgent: its message names Harbor
    [InlineData("c0000000-0000-4000-8000-000000000004", 1)]   // CreatorOrphan
    public async Task Message_count_is_every_message_of_the_session(string sessionId, int count)
    {
        var session = await ListedAsync(Guid.Parse(sessionId));

        Assert.Equal(count, (int)session["messageCount"]!);
        Assert.Equal(count, (int)session["messages"]!["totalCount"]!);
    }

    [Fact]
    public async Task Message_count_in_mine_is_every_message_of_the_session()
    {
        var response = await app.Client().As(Permitted).SessionsAsync(Atlas, "MINE", "nodes { id messageCount }");

        Assert.Equal(520, (int)response.Node(PermittedLong)["messageCount"]!);
        Assert.Equal(6, (int)response.Node(PermittedTools)["messageCount"]!);
        Assert.Equal(1, (int)response.Node(PermittedUndated)["messageCount"]!);
    }

    /// <summary>The session as Atlas's ALL list shows it to the platform admin.</summary>
    private async Task<JsonNode> ListedAsync(Guid id)
    {
        var response = await app.Client().As(PlatformAdmin).SessionsAsync(Atlas, "ALL", $"nodes {{ {SessionLists.EveryField} }}");
        return response.Node(id);
    }
}
