using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;
using Clawith.Graph.Tests.Generations;

namespace Clawith.Graph.Tests.Sessions.Listing;

/// <summary>session(agentId, id): found under its agent, or an agent-to-agent session under its peer.</summary>
public sealed class SessionByIdTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private const string Query = $$"""
        query($agentId: UUID!, $id: UUID!) { session(agentId: $agentId, id: $id) { {{SessionLists.EveryField}} } }
        """;

    [Fact]
    public async Task Session_finds_a_session_under_its_agent()
    {
        var response = await app.Client().As(Creator).PostAsync(Query, new { agentId = Atlas, id = CreatorWeb });

        Snapshot.Match(response.ShouldSucceed().Snapshot);
        Assert.Equal(CreatorWeb.ToString(), (string?)response.Data!["session"]!["id"]);
        Assert.Equal("Carla Creator", (string?)response.Data!["session"]!["displayName"]);
    }

    [Fact225b36fd(Reversals.AccessModes, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation))]
    public async Task Session_finds_an_agent_to_agent_session_under_its_peer_agent()
    {
        var response = await app.Client().As(PlatformAdmin).PostAsync(Query, new { agentId = Beacon, id = AtlasToBeacon });

        Snapshot.Match(response.ShouldSucceed().Snapshot);
        var session = response.Data!["session"]!;
        Assert.Equal(AtlasToBeacon.ToString(), (string?)session["id"]);
        Assert.Equal(Atlas.ToString(), (string?)session["agent"]!["id"]);
        Assert.Equal(Beacon.ToString(), (string?)session["peerAgent"]!["id"]);
        Assert.Equal("Agent Atlas - Beacon", (string?)session["displayName"]);
        Assert.Equal("AGENT", (string?)session["participantType"]);
    }

    [Fact]
    public async Task Session_finds_an_agent_to_agent_session_under_its_own_agent_too()
    {
        var response = await app.Client().As(PlatformAdmin).PostAsync(Query, new { agentId = Atlas, id = AtlasToBeacon });

        Assert.Equal("Agent Atlas - Beacon", (string?)response.ShouldSucceed().Data!["session"]!["displayName"]);
    }

    [Fact225b36fd(Reversals.AccessModes, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation))]
    public async Task Session_under_an_agent_it_neither_belongs_to_nor_peers_with_is_not_found()
    {
        var response = await app.Client().As(PlatformAdmin).PostAsync(Query, new { agentId = Beacon, id = CreatorWeb });

        Assert.Null(response.Data!["session"]);
        Assert.Equal("NOT_FOUND", response.ErrorCode());
        Assert.Equal("Session not found", response.ErrorMessage());
    }
}
