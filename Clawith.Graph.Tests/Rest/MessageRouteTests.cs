using System.Net;
using Clawith.Graph.Tests.Infrastructure;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;
using static Clawith.Graph.Tests.Rest.RestCalls;
using Clawith.Graph.Tests.Generations;

namespace Clawith.Graph.Tests.Rest;

/// <summary>GET messages: the latest 500 oldest first, for the session's owner or an admin role, found under its agent or peer.</summary>
public sealed class MessageRouteTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Fact225b36fd(RestMessages.Reason)]
    public async Task A_long_session_answers_its_latest_500_messages_oldest_first()
    {
        var entries = (await app.Client().As(Permitted).MessagesAsync(Atlas, PermittedLong)).Array();

        // PermittedLong holds "Message 0".."Message 519", one a minute from 00:00.
        Assert.Equal(Enumerable.Range(20, 500).Select(i => $"Message {i}"), entries.Select(e => (string)e!["content"]!));
        Assert.Equal("2026-01-01T00:20:00+00:00", (string?)entries[0]!["created_at"]);
        Assert.Equal("2026-01-01T08:39:00+00:00", (string?)entries[^1]!["created_at"]);
        Assert.Equal("user", (string?)entries[0]!["role"]);
        Assert.Equal("assistant", (string?)entries[^1]!["role"]);
    }

    public static TheoryData<Guid> AdminRoles => [PlatformAdmin, OrgAdmin, AgentAdmin];

    [Theory]
    [MemberData(nameof(AdminRoles))]
    public async Task An_admin_role_may_read_someone_elses_session(Guid admin)
    {
        var entries = (await app.Client().As(admin).MessagesAsync(Harbor, HarborChat)).Array();

        Assert.Equal("Hi Harbor.", (string?)Assert.Single(entries)!["content"]);
    }

    [Fact225b36fd(Reversals.CreatorViewsAll, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation))]
    public async Task A_member_may_not_read_someone_elses_session_even_as_the_agents_creator()
    {
        var permitted = await app.Client().As(Permitted).MessagesAsync(Atlas, CreatorWeb);
        var creator = await app.Client().As(Creator).MessagesAsync(Atlas, PermittedTools);

        AssertError(permitted, HttpStatusCode.Forbidden, "Not authorized to view this session");
        AssertError(creator, HttpStatusCode.Forbidden, "Not authorized to view this session");
    }

    [Fact]
    public async Task An_unknown_session_or_one_under_another_agent_is_Session_not_found()
    {
        var client = app.Client().As(PlatformAdmin);

        var unknown = await client.MessagesAsync(Atlas, Guid.Parse("c0000000-0000-4000-8000-000000000404"));
        var otherAgents = await client.MessagesAsync(Atlas, HarborChat);
        var notItsPeer = await client.MessagesAsync(Harbor, AtlasToBeacon);

        AssertError(unknown, HttpStatusCode.NotFound, "Session not found");
        AssertError(otherAgents, HttpStatusCode.NotFound, "Session not found");
        AssertError(notItsPeer, HttpStatusCode.NotFound, "Session not found");
    }

    [Fact]
    public async Task A_session_with_no_message_answers_an_empty_list()
    {
        var response = await app.Client().As(Creator).MessagesAsync(Atlas, CreatorEmpty);

        Assert.Empty(response.Array());
    }

    [Fact]
    public async Task The_peer_agents_admin_reads_an_agent_to_agent_session_through_the_peer_only()
    {
        var underPeer = await app.Client().As(AgentAdmin).MessagesAsync(Beacon, AtlasToBeacon);
        var underAgent = await app.Client().As(AgentAdmin).MessagesAsync(Atlas, AtlasToBeacon);

        Assert.Equal(9, underPeer.Array().Count);
        AssertError(underAgent, HttpStatusCode.Forbidden, "No access to this agent");
    }
}
