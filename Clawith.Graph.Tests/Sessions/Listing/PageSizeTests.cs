using Clawith.Graph.Tests.Infrastructure;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;

namespace Clawith.Graph.Tests.Sessions.Listing;

/// <summary>Page sizes over a list longer than the largest page: 50 by default, never more than 500.</summary>
public sealed class PageSizeTests(CrowdedWorld world) : IClassFixture<CrowdedWorld>
{
    [Fact]
    public async Task Without_first_a_page_holds_50_sessions()
    {
        var connection = await PageAsync(first: null);

        Assert.Equal(50, SessionLists.Ids(connection).Count);
        Assert.True((bool)connection["pageInfo"]!["hasNextPage"]!);
        Assert.Equal(CrowdedWorld.HarborSessions, (int)connection["totalCount"]!);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(501)]
    [InlineData(100_000)]
    public async Task First_above_500_is_capped_at_500(int first)
    {
        var connection = await PageAsync(first);

        Assert.Equal(500, SessionLists.Ids(connection).Count);
        Assert.True((bool)connection["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task The_page_after_a_capped_page_holds_the_rest_in_order()
    {
        var first = await PageAsync(100_000);
        var rest = await PageAsync(100_000, (string?)first["pageInfo"]!["endCursor"]);

        var newestFirst = Enumerable.Range(0, CrowdedWorld.ExtraSessions).Reverse().Select(CrowdedWorld.SessionId).Append(HarborChat);
        Assert.Equal(newestFirst, SessionLists.Ids(first).Concat(SessionLists.Ids(rest)));
        Assert.Equal(21, SessionLists.Ids(rest).Count);
        Assert.False((bool)rest["pageInfo"]!["hasNextPage"]!);
    }

    private async Task<System.Text.Json.Nodes.JsonNode> PageAsync(int? first, string? after = null) =>
        (await world.App.Client().As(CompanyMember).SessionsAsync(Harbor, "MINE", first: first, after: after)).ShouldSucceed().Data!["sessions"]!;
}
