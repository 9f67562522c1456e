using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Filtering;

/// <summary>
/// contains, startsWith and endsWith ignore case beyond ASCII by one rule (Unicode's simple lowercase
/// mapping, Data/Statements/TextFolding), on SQLite as on PostgreSQL; eq and in stay exact; a client's
/// %, _ and \ are text, never LIKE's wildcards or escape.
/// </summary>
public sealed class UnicodeFilterTests(UnicodeTitles.App world) : IClassFixture<UnicodeTitles.App>
{
    private readonly ClawithAppFactory _app = world.Factory;

    [Theory]
    [InlineData("contains", "über", "Über alles", "ÜBER UNS", "über")]
    [InlineData("contains", "ÜBER", "Über alles", "ÜBER UNS", "über")]
    [InlineData("eq", "über", "über")]
    [InlineData("in", "ÜBER UNS", "ÜBER UNS")]
    [InlineData("contains", "αθηνα", "ΑΘΗΝΑ trip")]
    [InlineData("contains", "ΑΘΉΝΑ", "αθήνα")]
    [InlineData("startsWith", "istanbul", "istanbul", "İstanbul")]
    [InlineData("endsWith", "5k", "Kelvin 5\u212A")]
    [InlineData("contains", "东京", "东京旅行")]
    [InlineData("contains", "東京 TRIP", "東京 trip")]
    [InlineData("contains", "ß", "Straße")]
    [InlineData("contains", "ǅ", "Ǆemal", "ǆemal")]
    [InlineData("contains", "🎉", "emoji 🎉 party")]
    [InlineData("contains", "%", "100% sure")]
    [InlineData("startsWith", "100%", "100% sure")]
    [InlineData("contains", "_", "snake_case")]
    [InlineData("contains", "e_c", "snake_case")]
    [InlineData("contains", @"\", @"back\slash")]
    [InlineData("endsWith", @"\slash", @"back\slash")]
    [InlineData("contains", @"\%")]
    public async Task Text_tests_fold_case_by_one_rule_and_match_wildcards_as_text(string operation, string value, params string[] expected)
    {
        var where = new Dictionary<string, object> { ["title"] = new Dictionary<string, object> { [operation] = operation == "in" ? new[] { value } : value } };

        var listed = await _app.Client().As(TestWorld.PlatformAdmin).SessionsAsync(UnicodeTitles.Agent, where, first: 100);

        Assert.Equal(expected.Order(StringComparer.Ordinal), listed.Titles().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_empty_text_is_contained_in_every_title_and_starts_none_of_the_negations()
    {
        var client = _app.Client().As(TestWorld.PlatformAdmin);

        Assert.Equal(UnicodeTitles.All.Length, (await client.SessionsAsync(UnicodeTitles.Agent, """{ "title": { "contains": "" } }""", first: 100)).Titles().Count);
        Assert.Empty((await client.SessionsAsync(UnicodeTitles.Agent, """{ "title": { "nstartsWith": "" } }""", first: 100)).Titles());
    }
}
