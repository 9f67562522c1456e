using Clawith.Graph.Tests.Infrastructure;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;

namespace Clawith.Graph.Tests.Sessions.Listing;

/// <summary>totalCount counts the whole listed list, whatever page is asked for.</summary>
public sealed class SessionTotalCountTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    public static TheoryData<Guid, Guid, string, int> Listings => new()
    {
        // 251aeba8 lists the creator's assistant-only and misaddressed sessions too (L7).
        { Creator, Atlas, "MINE", TestGeneration.Is251aeba8 ? 5 : 3 },
        { Permitted, Atlas, "MINE", 3 },
        { PlatformAdmin, Atlas, "MINE", 0 },
        { PlatformAdmin, Atlas, "ALL", 14 },
        { AgentAdmin, Beacon, "ALL", 2 },
        { CompanyMember, Harbor, "MINE", 1 },
    };

    [Theory]
    [MemberData(nameof(Listings))]
    public async Task Total_count_equals_the_number_of_listed_sessions(Guid caller, Guid agentId, string scope, int total)
    {
        var response = await app.Client().As(caller).SessionsAsync(agentId, scope);

        Assert.Equal(total, response.SessionIds().Count);
        Assert.Equal(total, (int)response.Data!["sessions"]!["totalCount"]!);
    }

    [Fact]
    public async Task Total_count_is_the_whole_list_on_every_page()
    {
        var client = app.Client().As(PlatformAdmin);
        var first = (await client.SessionsAsync(Atlas, "ALL", first: 5)).ShouldSucceed().Data!["sessions"]!;
        var second = (await client.SessionsAsync(Atlas, "ALL", first: 5, after: (string?)first["pageInfo"]!["endCursor"]))
            .ShouldSucceed().Data!["sessions"]!;

        Assert.Equal(14, (int)first["totalCount"]!);
        Assert.Equal(14, (int)second["totalCount"]!);
        Assert.Equal(SessionLists.AtlasAll[5..10], SessionLists.Ids(second));
    }
}
