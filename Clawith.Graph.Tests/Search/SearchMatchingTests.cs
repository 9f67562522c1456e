using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Search;

/// <summary>
/// What search finds: substrings in any script, case-insensitive beyond ASCII by the text filters' one rule
/// (Data/Statements/TextFolding), newest first; wildcards and FTS5 query syntax are plain text. The same
/// expectations hold on SQLite (FTS5 trigram index) and PostgreSQL (lower() LIKE): the suite runs on both.
/// </summary>
public sealed class SearchMatchingTests(SearchTexts.App world) : IClassFixture<SearchTexts.App>
{
    private readonly GraphClient _creator = world.Factory.Client().As(TestWorld.Creator);

    [Theory]
    [InlineData("über", 2, 1, 0)]
    [InlineData("ÜBER", 2, 1, 0)]
    [InlineData("Lisbon", 11, 9, 0)]
    [InlineData("北京旅行", 4, 3)]
    [InlineData("北京", 4, 3)]
    [InlineData("你好", 5)]
    [InlineData("αθηνα", 6)]
    [InlineData("θήνα", 6)]
    [InlineData("100%", 7)]
    [InlineData("_c", 7)]
    [InlineData("k\\s", 7)]
    [InlineData("\"quoted\" OR", 8)]
    [InlineData("NOT *", 8)]
    [InlineData("(brackets)", 8)]
    [InlineData("needle", 10)]
    [InlineData("🎉", 11)]
    [InlineData("ü", 2, 1, 0)]
    [InlineData("nowhere to be found")]
    [InlineData("zq")]
    public async Task Search_finds_every_message_holding_the_text_newest_first(string text, params int[] expected)
    {
        var response = await _creator.SearchAsync(SearchTexts.Agent, text, first: 50);

        Assert.Equal(expected.Select(SearchTexts.MessageId), response.MessageIds());
        Assert.False((bool)response.Search()["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task A_snippet_is_plain_text_around_the_first_match_with_every_match_as_a_range()
    {
        var lisbon = (await _creator.SearchAsync(SearchTexts.Agent, "lisbon", first: 1)).Edges()[0]!["node"]!["snippet"]!;
        Assert.Equal("emoji 🎉 party at Lisbon 🎉", (string)lisbon["text"]!);
        Assert.Equal("""[{"start":18,"length":6}]""", lisbon["matches"]!.ToJsonString());
        Assert.True((bool)lisbon["startsMessage"]! && (bool)lisbon["endsMessage"]!);

        var tabs = (await _creator.SearchAsync(SearchTexts.Agent, "LISBON", first: 3)).Edges()[1]!["node"]!["snippet"]!;
        Assert.Equal("Line one line two with Lisbon and a tab.", (string)tabs["text"]!);

        var greek = (await _creator.SearchAsync(SearchTexts.Agent, "ΑΘΉΝΑ")).Edges()[0]!["node"]!["snippet"]!;
        Assert.Equal("""[{"start":24,"length":5}]""", greek["matches"]!.ToJsonString());

        var needle = (await _creator.SearchAsync(SearchTexts.Agent, "needle")).Edges()[0]!["node"]!["snippet"]!;
        var snippet = (string)needle["text"]!;
        var range = needle["matches"]![0]!;
        Assert.Equal("needle", snippet.Substring((int)range["start"]!, (int)range["length"]!));
        Assert.False((bool)needle["startsMessage"]!);
        Assert.False((bool)needle["endsMessage"]!);
        Assert.InRange(snippet.Length, 100, 160);
    }

    [Fact]
    public async Task A_chinese_match_is_a_range_of_its_characters()
    {
        var hit = (await _creator.SearchAsync(SearchTexts.Agent, "北京旅行")).Edges()[1]!["node"]!["snippet"]!;

        Assert.Equal("我们明天去北京旅行，然后回上海。", (string)hit["text"]!);
        Assert.Equal("""[{"start":5,"length":4}]""", hit["matches"]!.ToJsonString());
    }

    [Fact]
    public async Task Each_hit_has_its_session()
    {
        var response = await _creator.SearchAsync(SearchTexts.Agent, "über");

        Assert.Equal(
            [SearchTexts.Group, SearchTexts.Web, SearchTexts.Web],
            response.Edges().Select(e => Guid.Parse((string)e!["node"]!["session"]!["id"]!)));
    }
}
