using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;
using Clawith.Graph.Tests.Generations;

namespace Clawith.Graph.Tests.Sessions.Listing;

/// <summary>scope ALL: every session of the agent with a message, plus agent-to-agent ones where it is the peer.</summary>
public sealed class AllListingTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private const string FullPage = $"totalCount pageInfo {{ hasNextPage hasPreviousPage }} nodes {{ {SessionLists.EveryField} }}";

    [Fact]
    public async Task All_as_platform_admin_lists_every_session_with_a_message_in_activity_order()
    {
        var response = await app.Client().As(PlatformAdmin).SessionsAsync(Atlas, "ALL", FullPage);

        Snapshot.Match(response.ShouldSucceed().Snapshot);
        Assert.Equal(SessionLists.AtlasAll, response.SessionIds());
        Assert.Equal(14, (int)response.Data!["sessions"]!["totalCount"]!);
    }

    [Fact]
    public async Task All_lists_orphan_and_cross_agent_sessions_but_hides_a_session_with_no_message()
    {
        var ids = (await app.Client().As(PlatformAdmin).SessionsAsync(Atlas, "ALL")).SessionIds();

        Assert.Contains(CreatorOrphan, ids);
        Assert.Contains(CreatorCrossAgent, ids);
        Assert.DoesNotContain(CreatorEmpty, ids);
    }

    [Fact]
    public async Task All_lists_group_trigger_and_agent_to_agent_sessions_of_every_owner()
    {
        var ids = (await app.Client().As(PlatformAdmin).SessionsAsync(Atlas, "ALL")).SessionIds();

        Assert.Contains(CreatorGroup, ids);
        Assert.Contains(UnnamedGroup, ids);
        Assert.Contains(CreatorTrigger, ids);
        Assert.Contains(AtlasToBeacon, ids);
        Assert.Contains(NamelessChat, ids);
        Assert.Contains(PermittedTools, ids);
    }

    [Fact]
    public async Task A_session_with_messages_but_no_last_message_at_comes_last()
    {
        var response = await app.Client().As(PlatformAdmin).SessionsAsync(Atlas, "ALL", "nodes { id lastMessageAt }");

        Assert.Equal(PermittedUndated, response.SessionIds()[^1]);
        Assert.Null(response.Node(PermittedUndated)["lastMessageAt"]);
    }

    [Fact]
    public async Task Sessions_with_the_same_last_message_at_come_newest_created_first()
    {
        var response = await app.Client().As(PlatformAdmin).SessionsAsync(Atlas, "ALL", "nodes { id createdAt lastMessageAt }");

        var ids = response.SessionIds();
        Assert.Equal(ids.IndexOf(CreatorTie) + 1, ids.IndexOf(CreatorFeishu));
        Assert.Equal("2026-01-01T08:00:00.000000+00:00", (string?)response.Node(CreatorTie)["lastMessageAt"]);
        Assert.Equal("2026-01-01T08:00:00.000000+00:00", (string?)response.Node(CreatorFeishu)["lastMessageAt"]);
        Assert.Equal("2026-01-01T03:00:00.000000+00:00", (string?)response.Node(CreatorTie)["createdAt"]);
        Assert.Equal("2026-01-01T02:00:00.000000+00:00", (string?)response.Node(CreatorFeishu)["createdAt"]);
    }

    [Fact]
    public async Task All_of_the_peer_agent_includes_the_agent_to_agent_session()
    {
        var response = await app.Client().As(AgentAdmin).SessionsAsync(Beacon, "ALL", FullPage);

        Snapshot.Match(response.ShouldSucceed().Snapshot);
        Assert.Equal(new[] { AtlasToBeacon, BeaconChat }, response.SessionIds());
        Assert.Equal(Atlas.ToString(), (string?)response.Node(AtlasToBeacon)["agent"]!["id"]);
        Assert.Equal(Beacon.ToString(), (string?)response.Node(AtlasToBeacon)["peerAgent"]!["id"]);
        Assert.Equal(2, (int)response.Data!["sessions"]!["totalCount"]!);
    }

    public static TheoryData<Guid> AdminsWithoutAccessToAtlas => [OrgAdmin, AgentAdmin];

    [Theory225b36fd(Reversals.AccessModes, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation))]
    [MemberData(nameof(AdminsWithoutAccessToAtlas))]
    public async Task All_is_refused_to_an_org_or_agent_admin_without_access_to_the_agent(Guid admin)
    {
        var response = await app.Client().As(admin).SessionsAsync(Atlas, "ALL");

        Assert.Null(response.Data!["sessions"]);
        Assert.Equal("AUTH_NOT_AUTHORIZED", response.ErrorCode());
        Assert.Equal("No access to this agent", response.ErrorMessage());
    }

    public static TheoryData<Guid> AdminsWithAccessToHarbor => [PlatformAdmin, OrgAdmin, AgentAdmin];

    [Theory]
    [MemberData(nameof(AdminsWithAccessToHarbor))]
    public async Task All_is_open_to_each_admin_role_on_an_agent_they_can_reach(Guid admin)
    {
        var response = await app.Client().As(admin).SessionsAsync(Harbor, "ALL");

        Assert.Equal(new[] { HarborChat }, response.SessionIds());
    }

    [Fact225b36fd(Reversals.CreatorViewsAll, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation))]
    public async Task All_is_refused_to_a_member_even_the_agents_creator()
    {
        var response = await app.Client().As(Creator).SessionsAsync(Atlas, "ALL");

        Assert.Null(response.Data!["sessions"]);
        Assert.Equal("AUTH_NOT_AUTHORIZED", response.ErrorCode());
        Assert.Equal("Not authorized to view all sessions", response.ErrorMessage());
    }
}
