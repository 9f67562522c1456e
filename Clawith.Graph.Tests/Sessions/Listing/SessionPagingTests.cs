using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;

namespace Clawith.Graph.Tests.Sessions.Listing;

/// <summary>first/after paging of the session lists: keyset pages in the list's order, checked arguments.</summary>
public sealed class SessionPagingTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(13)]
    public async Task Walking_all_page_by_page_gives_the_one_page_list_without_gap_or_repeat(int pageSize)
    {
        var client = app.Client().As(PlatformAdmin);
        var walked = new List<Guid>();
        string? after = null;
        for (var page = 0; ; page++)
        {
            var connection = (await client.SessionsAsync(Atlas, "ALL", first: pageSize, after: after)).ShouldSucceed().Data!["sessions"]!;
            var pageInfo = connection["pageInfo"]!;
            var edges = connection["edges"]!.AsArray();
            Assert.Equal(page > 0, (bool)pageInfo["hasPreviousPage"]!);
            Assert.Equal((string?)edges[0]!["cursor"], (string?)pageInfo["startCursor"]);
            Assert.Equal((string?)edges[^1]!["cursor"], (string?)pageInfo["endCursor"]);
            Assert.Equal(14, (int)connection["totalCount"]!);
            walked.AddRange(SessionLists.Ids(connection));
            if (!(bool)pageInfo["hasNextPage"]!)
                break;
            Assert.Equal(pageSize, edges.Count);
            after = (string?)pageInfo["endCursor"];
        }

        var onePage = (await client.SessionsAsync(Atlas, "ALL")).SessionIds();
        Assert.Equal(SessionLists.AtlasAll, onePage);
        Assert.Equal(onePage, walked);
    }

    [Fact]
    public async Task The_first_page_of_three_has_a_next_page_and_no_previous_one()
    {
        var response = await app.Client().As(PlatformAdmin).SessionsAsync(Atlas, "ALL", first: 3);

        Snapshot.Match(response.ShouldSucceed().Snapshot);
        var connection = response.ShouldSucceed().Data!["sessions"]!;
        Assert.Equal(SessionLists.AtlasAll[..3], SessionLists.Ids(connection));
        Assert.True((bool)connection["pageInfo"]!["hasNextPage"]!);
        Assert.False((bool)connection["pageInfo"]!["hasPreviousPage"]!);
    }

    [Fact]
    public async Task The_last_page_has_a_previous_page_and_no_next_one()
    {
        var client = app.Client().As(PlatformAdmin);
        var twelfth = await CursorOfAsync(client, SessionLists.AtlasAll[11]);

        var connection = (await client.SessionsAsync(Atlas, "ALL", first: 3, after: twelfth)).ShouldSucceed().Data!["sessions"]!;

        Assert.Equal(new[] { NamelessChat, PermittedUndated }, SessionLists.Ids(connection));
        Assert.False((bool)connection["pageInfo"]!["hasNextPage"]!);
        Assert.True((bool)connection["pageInfo"]!["hasPreviousPage"]!);
    }

    [Fact]
    public async Task After_the_last_session_the_page_is_empty()
    {
        var client = app.Client().As(PlatformAdmin);
        var last = await CursorOfAsync(client, PermittedUndated);

        var connection = (await client.SessionsAsync(Atlas, "ALL", after: last)).ShouldSucceed().Data!["sessions"]!;

        Assert.Empty(SessionLists.Ids(connection));
        Assert.False((bool)connection["pageInfo"]!["hasNextPage"]!);
        Assert.Null((string?)connection["pageInfo"]!["startCursor"]);
        Assert.Null((string?)connection["pageInfo"]!["endCursor"]);
    }

    [Fact]
    public async Task Paging_mine_crosses_the_undated_session_in_order()
    {
        var client = app.Client().As(Permitted);
        var first = (await client.SessionsAsync(Atlas, "MINE", first: 2)).ShouldSucceed().Data!["sessions"]!;
        var rest = (await client.SessionsAsync(Atlas, "MINE", first: 2, after: (string?)first["pageInfo"]!["endCursor"])).SessionIds();

        Assert.Equal(SessionLists.PermittedMine[..2], SessionLists.Ids(first));
        Assert.Equal(new[] { PermittedUndated }, rest);
    }

    /// <summary>The cursor of a session in Atlas's ALL list, as the list hands it out.</summary>
    private static async Task<string> CursorOfAsync(GraphClient client, Guid id)
    {
        var edges = (await client.SessionsAsync(Atlas, "ALL")).ShouldSucceed().Data!["sessions"]!["edges"]!.AsArray();
        return (string)edges.Single(e => (string?)e!["node"]!["id"] == id.ToString())!["cursor"]!;
    }
}
