using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;
using static Clawith.Graph.Tests.Messages.MessageQueries;

namespace Clawith.Graph.Tests.Messages;

/// <summary>Paging the 520 messages of PermittedLong ("Message 0".."Message 519", one a minute).</summary>
public sealed class MessagePagingTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private static readonly Guid Session = TestWorld.PermittedLong;

    private GraphClient Permitted => app.Client().As(TestWorld.Permitted);

    [Fact]
    public async Task Without_arguments_the_latest_500_come_oldest_first()
    {
        var response = await Permitted.PageAsync(Session);

        Assert.Equal(LongChat(20, 519), response.Contents());
        JsonAssert.Equal("true", response.Connection()["pageInfo"]!["hasPreviousPage"]);
        JsonAssert.Equal("false", response.Connection()["pageInfo"]!["hasNextPage"]);
        JsonAssert.Equal("520", response.Connection()["totalCount"]);
    }

    [Fact]
    public async Task A_first_page_matches_its_snapshot()
    {
        var response = await Permitted.PageAsync(Session, first: 5);

        Snapshot.Match(response.ShouldSucceed().Snapshot);
    }

    [Fact]
    public async Task First_takes_the_oldest_and_after_continues_from_the_end_cursor()
    {
        var firstPage = await Permitted.PageAsync(Session, first: 5);
        var endCursor = (string)firstPage.Connection()["pageInfo"]!["endCursor"]!;
        var secondPage = await Permitted.PageAsync(Session, first: 5, after: endCursor);

        Assert.Equal(LongChat(0, 4), firstPage.Contents());
        JsonAssert.Equal("true", firstPage.Connection()["pageInfo"]!["hasNextPage"]);
        JsonAssert.Equal("false", firstPage.Connection()["pageInfo"]!["hasPreviousPage"]);
        Assert.Equal(LongChat(5, 9), secondPage.Contents());
        JsonAssert.Equal("true", secondPage.Connection()["pageInfo"]!["hasNextPage"]);
        JsonAssert.Equal("true", secondPage.Connection()["pageInfo"]!["hasPreviousPage"]);
    }

    [Fact]
    public async Task Last_takes_the_newest_and_before_continues_from_the_start_cursor()
    {
        var lastPage = await Permitted.PageAsync(Session, last: 5);
        var startCursor = (string)lastPage.Connection()["pageInfo"]!["startCursor"]!;
        var previousPage = await Permitted.PageAsync(Session, last: 5, before: startCursor);

        Assert.Equal(LongChat(515, 519), lastPage.Contents());
        JsonAssert.Equal("false", lastPage.Connection()["pageInfo"]!["hasNextPage"]);
        JsonAssert.Equal("true", lastPage.Connection()["pageInfo"]!["hasPreviousPage"]);
        Assert.Equal(LongChat(510, 514), previousPage.Contents());
        JsonAssert.Equal("true", previousPage.Connection()["pageInfo"]!["hasNextPage"]);
        JsonAssert.Equal("true", previousPage.Connection()["pageInfo"]!["hasPreviousPage"]);
    }

    [Fact]
    public async Task Walking_backwards_returns_every_message_exactly_once_in_order()
    {
        var pages = new List<List<string>>();
        string? before = null;
        while (true)
        {
            var page = await Permitted.PageAsync(Session, last: 200, before: before);
            pages.Insert(0, page.Contents());
            var pageInfo = page.Connection()["pageInfo"]!;
            if (!(bool)pageInfo["hasPreviousPage"]!)
                break;
            before = (string)pageInfo["startCursor"]!;
            Assert.True(pages.Count < 10, "Paging backwards did not end.");
        }

        Assert.Equal([200, 200, 120], pages.Select(p => p.Count).Reverse());
        Assert.Equal(LongChat(0, 519), pages.SelectMany(p => p));
    }

    [Fact]
    public async Task Walking_forwards_returns_every_message_exactly_once_in_order()
    {
        var contents = new List<string>();
        string? after = null;
        for (var pages = 1; ; pages++)
        {
            var page = await Permitted.PageAsync(Session, first: 150, after: after);
            contents.AddRange(page.Contents());
            var pageInfo = page.Connection()["pageInfo"]!;
            if (!(bool)pageInfo["hasNextPage"]!)
                break;
            after = (string)pageInfo["endCursor"]!;
            Assert.True(pages < 10, "Paging forwards did not end.");
        }

        Assert.Equal(LongChat(0, 519), contents);
    }

    [Theory]
    [InlineData(1000, null)]
    [InlineData(null, 1000)]
    public async Task A_page_never_holds_more_than_500(int? first, int? last)
    {
        var response = await Permitted.PageAsync(Session, first: first, last: last);

        Assert.Equal(first is not null ? LongChat(0, 499) : LongChat(20, 519), response.Contents());
        JsonAssert.Equal(first is not null ? "true" : "false", response.Connection()["pageInfo"]!["hasNextPage"]);
        JsonAssert.Equal(first is not null ? "false" : "true", response.Connection()["pageInfo"]!["hasPreviousPage"]);
    }

    [Fact]
    public async Task First_zero_is_an_empty_page_without_cursors()
    {
        var response = await Permitted.PageAsync(Session, first: 0);

        Assert.Empty(response.Contents());
        Assert.Null(response.Connection()["pageInfo"]!["startCursor"]);
        Assert.Null(response.Connection()["pageInfo"]!["endCursor"]);
        JsonAssert.Equal("520", response.Connection()["totalCount"]);
    }

    [Fact]
    public async Task Edge_cursors_are_the_page_infos_start_and_end_cursors()
    {
        var connection = (await Permitted.PageAsync(Session, last: 3)).Connection();

        var cursors = connection["edges"]!.AsArray().Select(e => (string)e!["cursor"]!).ToList();
        Assert.Equal(3, cursors.Distinct().Count());
        Assert.Equal(cursors[0], (string?)connection["pageInfo"]!["startCursor"]);
        Assert.Equal(cursors[^1], (string?)connection["pageInfo"]!["endCursor"]);
    }

    [Fact]
    public async Task Pages_carry_the_messages_ids_in_order()
    {
        var connection = (await Permitted.PageAsync(Session, first: 3, after: null)).Connection();

        Assert.Equal(
            [TestWorld.MessageId(Session, 1000).ToString(), TestWorld.MessageId(Session, 1001).ToString(), TestWorld.MessageId(Session, 1002).ToString()],
            connection["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!));
    }
}
