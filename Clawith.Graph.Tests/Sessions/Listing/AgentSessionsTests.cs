using Clawith.Graph.Tests.Infrastructure;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;

namespace Clawith.Graph.Tests.Sessions.Listing;

/// <summary>Agent.sessions is Query.sessions reached through the agent: the same list, page and total.</summary>
public sealed class AgentSessionsTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    public static TheoryData<Guid, Guid, string> Listings => new()
    {
        { Creator, Atlas, "MINE" },
        { Permitted, Atlas, "MINE" },
        { PlatformAdmin, Atlas, "ALL" },
        { AgentAdmin, Beacon, "ALL" },
    };

    [Theory]
    [MemberData(nameof(Listings))]
    public async Task Agent_sessions_lists_the_same_sessions_as_Query_sessions(Guid caller, Guid agentId, string scope)
    {
        var response = await app.Client().As(caller).PostAsync(
            $$"""
            query($agentId: UUID!, $scope: SessionScope!) {
              agent(id: $agentId) { sessions(scope: $scope) { totalCount nodes { {{SessionLists.EveryField}} } } }
              sessions(agentId: $agentId, scope: $scope) { totalCount nodes { {{SessionLists.EveryField}} } }
            }
            """,
            new { agentId, scope });

        var data = response.ShouldSucceed().Data!;
        Assert.NotEmpty(SessionLists.Ids(data["sessions"]));
        Assert.Equal(data["sessions"]!.ToJsonString(), data["agent"]!["sessions"]!.ToJsonString());
    }

    [Fact]
    public async Task Agent_sessions_pages_like_Query_sessions()
    {
        var response = await app.Client().As(PlatformAdmin).PostAsync(
            $$"""
            query($agentId: UUID!) {
              agent(id: $agentId) { sessions(scope: ALL, first: 3) { {{SessionLists.PageShape}} } }
              sessions(agentId: $agentId, scope: ALL, first: 3) { {{SessionLists.PageShape}} }
            }
            """,
            new { agentId = Atlas });

        var data = response.ShouldSucceed().Data!;
        Assert.Equal(SessionLists.AtlasAll[..3], SessionLists.Ids(data["agent"]!["sessions"]));
        Assert.Equal(data["sessions"]!.ToJsonString(), data["agent"]!["sessions"]!.ToJsonString());
    }

    [Fact225b36fd("251aeba8's MINE holds every direct session with a message of any role (L7): the assistant-only and misaddressed ones too; see Generations/HeadListingTests")]
    public async Task Agent_sessions_scope_defaults_to_mine()
    {
        var response = await app.Client().As(Creator).PostAsync(
            """query($agentId: UUID!) { agent(id: $agentId) { sessions { nodes { id } } } }""", new { agentId = Atlas });

        Assert.Equal(SessionLists.CreatorMine, SessionLists.Ids(response.ShouldSucceed().Data!["agent"]!["sessions"]));
    }
}
