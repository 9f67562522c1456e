using Clawith.Graph.Data;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Search;

/// <summary>
/// Paging forward through a search neither skips nor repeats a hit, on every path: the newest messages first
/// (a common word), the index past them (a word only in older messages), and the bounded scan, whose page can
/// come back short with hasNextPage true when its window of 20,000 messages ends (a two-character word).
/// </summary>
public sealed class SearchPagingTests(SearchPagingTests.LongHistory world) : IClassFixture<SearchPagingTests.LongHistory>
{
    private readonly GraphClient _creator = world.Factory.Client().As(TestWorld.Creator);

    [Theory]
    [InlineData("needle", 7)]
    [InlineData("needle", 100)]
    [InlineData("filler", 45)]
    [InlineData("鲸鱼", 10)]
    public async Task Pages_followed_by_their_end_cursor_give_every_hit_once_newest_first(string text, int first)
    {
        var (ids, _) = await _creator.AllPagesAsync(SearchTexts.Agent, text, "MINE", first);

        var expected = world.Texts.Where(m => TestFolded(m.Value).Contains(TestFolded(text), StringComparison.Ordinal))
            .Select(m => m.Key).Reverse().Take(text == "filler" ? 180 : int.MaxValue).ToList();
        Assert.Equal(expected, text == "filler" ? ids.Take(180).ToList() : ids);
    }

    [Fact]
    public async Task A_scan_whose_window_ends_before_the_page_fills_says_where_to_go_on()
    {
        var first = await _creator.SearchAsync(SearchTexts.Agent, "鲸鱼", first: 10);

        Assert.Equal(2, first.MessageIds().Count);
        Assert.True((bool)first.Search()["pageInfo"]!["hasNextPage"]!);
        var (_, pages) = await _creator.AllPagesAsync(SearchTexts.Agent, "鲸鱼", "MINE", 10);
        Assert.Equal(2, pages);
    }

    private static string TestFolded(string text) => Clawith.Graph.Data.Statements.TextFolding.Fold(text);

    /// <summary>
    /// Scribe's web session with 20,500 more messages, a second apart: "filler" in every one, "needle" in one in 37
    /// (most of them older than the newest 1,000), and "鲸鱼" in the two newest and the three oldest.
    /// </summary>
    public sealed class LongHistory : IAsyncLifetime
    {
        public const int Count = 20_500;

        public ClawithAppFactory Factory { get; } = new();

        /// <summary>Every message of Scribe's sessions, oldest first, by id.</summary>
        public List<KeyValuePair<Guid, string>> Texts { get; } = [];

        public async Task InitializeAsync()
        {
            await Factory.InitializeAsync();
            await using var db = await Factory.NewDbContextAsync();
            await SearchTexts.AddAsync(db);
            var session = await db.ChatSessions.FindAsync(SearchTexts.Web);
            var rows = new DemoRowWriter(db);
            var start = SearchTexts.TimeOf(SearchTexts.Messages.Length).AddMinutes(1);
            for (var i = 0; i < Count; i++)
            {
                var content = $"filler {i}" + (i % 37 == 0 ? " with a needle" : "") + (i < 3 || i >= Count - 2 ? " 鲸鱼" : "");
                var id = Guid.Parse($"e5000000-0000-4000-8000-{i:D12}");
                rows.Message(session!, id, ChatRole.User, content, start.AddSeconds(i));
                Texts.Add(new(id, content));
            }
            await db.SaveChangesAsync();
            Texts.InsertRange(0, SearchTexts.Messages.Select((text, i) => new KeyValuePair<Guid, string>(SearchTexts.MessageId(i), text)));
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }
}
