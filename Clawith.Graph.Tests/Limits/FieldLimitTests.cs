using Clawith.Graph.Server.Limits;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Limits;

/// <summary>
/// GraphQL:Limits:MaxFields (default 500) and MaxAliases (default 50): selections in the document, a
/// fragment counted each time it is spread, so fragment and alias bombs are turned away unexpanded.
/// </summary>
public sealed class FieldLimitTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private static readonly GraphLimitsOptions Defaults = new();
    private static readonly string Atlas = $"agent(id: \"{TestWorld.Atlas}\")";

    [Fact]
    public async Task A_query_with_exactly_the_default_number_of_fields_runs()
    {
        var (response, sql) = await app.BeyondAuthenticationAsync(app.Client().As(TestWorld.Creator), c => c.PostAsync(WithFields(Defaults.MaxFields)));

        Assert.Equal("Atlas", (string?)response.ShouldSucceed().Data!["agent"]!["name"]);
        Assert.True(sql > 0, "The query reached the database.");
    }

    [Fact]
    public async Task One_field_more_is_refused_with_max_fields_exceeded_before_any_sql()
    {
        var (response, sql) = await app.BeyondAuthenticationAsync(app.Client().As(TestWorld.Creator), c => c.PostAsync(WithFields(Defaults.MaxFields + 1)));

        response.ShouldBeRefusedBy("MAX_FIELDS_EXCEEDED",
            $"The query selects {Defaults.MaxFields + 1} fields (a fragment counts each time it is spread); the maximum is {Defaults.MaxFields}.");
        Assert.Equal(0, sql);
    }

    [Fact]
    public async Task A_fragment_counts_each_time_it_is_spread()
    {
        // 2 fields around 4 spreads of a 125-field fragment: 502 as it would run, 127 as written.
        var fragment = "fragment Wide on Agent { " + string.Concat(Enumerable.Repeat("name ", 125)) + "}";
        var query = $"{{ {Atlas} {{ ...Wide ...Wide ...Wide ...Wide creator {{ id }} }} }} {fragment}";

        var response = await app.Client().As(TestWorld.Creator).PostAsync(query);

        response.ShouldBeRefusedBy("MAX_FIELDS_EXCEEDED", "selects 503 fields");
    }

    [Fact]
    public async Task A_fragment_bomb_is_refused_unexpanded()
    {
        // Each fragment spreads the next one twice: 2^40 fields as it would run, in a few hundred characters.
        var fragments = Enumerable.Range(0, 40).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}");
        var query = "{ ...F0 } " + string.Join(" ", fragments) + " fragment F40 on Query { __typename }";

        var response = await app.Client().As(TestWorld.Creator).PostAsync(query);

        response.ShouldBeRefusedBy("MAX_FIELDS_EXCEEDED", $"selects at least 1,000,000,000 fields");
    }

    [Fact]
    public async Task Unused_fragments_count_too()
    {
        var bomb = Enumerable.Range(0, 20).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}");
        var query = "{ __typename } " + string.Join(" ", bomb) + " fragment F20 on Query { __typename }";

        var response = await app.Client().As(TestWorld.Creator).PostAsync(query);

        response.ShouldBeRefusedBy("MAX_FIELDS_EXCEEDED", "selects 1,048,577 fields");
    }

    [Fact]
    public async Task A_query_with_exactly_the_default_number_of_aliases_runs()
    {
        var (response, sql) = await app.BeyondAuthenticationAsync(app.Client().As(TestWorld.Creator), c => c.PostAsync(WithAliases(Defaults.MaxAliases)));

        Assert.Equal("Atlas", (string?)response.ShouldSucceed().Data!["agent"]![$"a{Defaults.MaxAliases}"]);
        Assert.True(sql > 0, "The query reached the database.");
    }

    [Fact]
    public async Task One_alias_more_is_refused_with_max_aliases_exceeded_before_any_sql()
    {
        var (response, sql) = await app.BeyondAuthenticationAsync(app.Client().As(TestWorld.Creator), c => c.PostAsync(WithAliases(Defaults.MaxAliases + 1)));

        response.ShouldBeRefusedBy("MAX_ALIASES_EXCEEDED",
            $"The query uses {Defaults.MaxAliases + 1} aliases (a fragment counts each time it is spread); the maximum is {Defaults.MaxAliases}.");
        Assert.Equal(0, sql);
    }

    [Fact]
    public async Task Aliases_spread_through_a_fragment_count_each_time()
    {
        var fragment = "fragment Named on Agent { " + string.Concat(Enumerable.Range(1, 20).Select(i => $"n{i}: name ")) + "}";

        var response = await app.Client().As(TestWorld.Creator).PostAsync($"{{ {Atlas} {{ ...Named ...Named ...Named }} }} {fragment}");

        response.ShouldBeRefusedBy("MAX_ALIASES_EXCEEDED", "uses 60 aliases");
    }

    /// <summary>Atlas with <paramref name="fields"/> selections in all: itself and its name, repeated.</summary>
    private static string WithFields(int fields) =>
        $"{{ {Atlas} {{ {string.Concat(Enumerable.Repeat("name ", fields - 1))}}} }}";

    /// <summary>Atlas with its name under <paramref name="aliases"/> aliases.</summary>
    private static string WithAliases(int aliases) =>
        $"{{ {Atlas} {{ {string.Concat(Enumerable.Range(1, aliases).Select(i => $"a{i}: name "))}}} }}";
}
