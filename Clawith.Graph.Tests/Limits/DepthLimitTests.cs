using Clawith.Graph.Server.Limits;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Limits;

/// <summary>GraphQL:Limits:MaxDepth (default 15): levels of nested fields, leaves and fragments included.</summary>
public sealed class DepthLimitTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private static readonly int MaxDepth = new GraphLimitsOptions().MaxDepth;

    [Fact]
    public async Task A_query_exactly_at_the_default_depth_runs()
    {
        var (response, sql) = await app.BeyondAuthenticationAsync(app.Client().As(TestWorld.Creator), c => c.PostAsync(Nested(MaxDepth)));

        Assert.NotNull(response.ShouldSucceed().Data!["agent"]);
        Assert.True(sql > 0, "The query reached the database.");
    }

    [Fact]
    public async Task One_level_deeper_is_refused_with_max_depth_exceeded_before_any_sql()
    {
        var (response, sql) = await app.BeyondAuthenticationAsync(app.Client().As(TestWorld.Creator), c => c.PostAsync(Nested(MaxDepth + 1)));

        response.ShouldBeRefusedBy("MAX_DEPTH_EXCEEDED", $"The query nests fields {MaxDepth + 1} levels deep; the maximum depth is {MaxDepth}.");
        Assert.Equal(0, sql);
    }

    [Fact]
    public async Task Depth_reached_through_fragments_counts_the_same()
    {
        var tooDeep = "{ ...Deep } fragment Deep on Query " + Nested(MaxDepth + 1);

        var response = await app.Client().As(TestWorld.Creator).PostAsync(tooDeep);

        response.ShouldBeRefusedBy("MAX_DEPTH_EXCEEDED", $"{MaxDepth + 1} levels deep");
    }

    [Fact]
    public async Task Nesting_deeper_than_the_parser_follows_is_refused_with_max_depth_exceeded_not_an_internal_error()
    {
        var query = "{" + string.Concat(Enumerable.Repeat("me {", 2_000)) + " id" + new string('}', 2_001);

        var response = await app.Client().As(TestWorld.Creator).PostAsync(query);

        response.ShouldBeRefusedBy("MAX_DEPTH_EXCEEDED", $"deeper than the parser follows; the maximum depth is {MaxDepth}.");
    }

    /// <summary>
    /// A valid query exactly <paramref name="depth"/> fields deep: Atlas, then its sessions' agent
    /// (Atlas again), one session a page, ending on a leaf.
    /// </summary>
    public static string Nested(int depth)
    {
        string[] cycle = ["sessions(first: 1)", "nodes", "agent"];
        string[] leafUnder = ["totalCount", "id", "name"];
        var path = new List<string> { $"agent(id: \"{TestWorld.Atlas}\")" };
        while (path.Count < depth - 1)
            path.Add(cycle[(path.Count - 1) % 3]);
        var leaf = leafUnder[(path.Count + 1) % 3];
        return "{ " + string.Join("", path.Select(field => field + " { ")) + leaf + " " + new string('}', path.Count) + " }";
    }
}
