using System.Globalization;
using System.Text.RegularExpressions;
using Clawith.Graph.Filtering;
using Clawith.Graph.Server.Limits;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Limits;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;

namespace Clawith.Graph.Tests.Filtering;

/// <summary>
/// Each filter operation and sort key adds its field's price to the cost of the list that takes it, times
/// the page sizes above it (<see cref="FilterCost"/>): 10 for most, 1,000 for a session's message count,
/// 100,000 for a message's content, which no index serves; so a member runs at most four content tests at
/// once under the default maximum of 500,000, and none across a page of sessions.
/// </summary>
public sealed partial class FilterCostTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private static readonly int MaxCost = new GraphLimitsOptions().MaxCost;

    [Theory]
    [InlineData("", 0)]
    [InlineData("""where: { title: { contains: "trip" } }""", FilterCost.Operation)]
    [InlineData("""where: { title: { contains: "trip", startsWith: "t" }, sourceChannel: { in: ["web"] } }""", 3 * FilterCost.Operation)]
    [InlineData("""where: { or: [{ title: { eq: "a" } }, { user: { displayName: { eq: "b" } } }] }""", 2 * FilterCost.Operation)]
    [InlineData("""where: { messageCount: { gt: 3 } }""", FilterCost.Counting)]
    [InlineData("""order: [{ title: ASC }, { createdAt: DESC }]""", 2 * FilterCost.Operation)]
    [InlineData("""order: [{ messageCount: DESC }]""", FilterCost.Counting)]
    public async Task A_session_filter_or_order_adds_each_operations_price(string arguments, int added)
    {
        var plain = await CostOfAsync($$"""{ sessions(agentId: "{{Atlas}}", first: 10) { nodes { title } } }""");
        var filtered = await CostOfAsync($$"""{ sessions(agentId: "{{Atlas}}", first: 10, {{arguments}}) { nodes { title } } }""");

        Assert.Equal(added, filtered - plain);
    }

    [Fact]
    public async Task A_content_test_costs_a_text_scan_and_a_member_runs_at_most_four()
    {
        string Query(int tests) => $$"""
            { session(agentId: "{{Atlas}}", id: "{{PermittedLong}}") {
                {{string.Concat(Enumerable.Range(0, tests).Select(i => $$"""m{{i}}: messages(first: 1, where: { content: { contains: "x{{i}}" } }) { nodes { id } } """))}}
            } }
            """;

        var four = await app.Client().As(Permitted).PostAsync(Query(4));
        var five = await app.Client().As(Permitted).PostAsync(Query(5));

        four.ShouldSucceed();
        Assert.Equal("MAX_COST_EXCEEDED", five.ErrorCode());
        Assert.True(4 * FilterCost.TextScan < MaxCost && 5 * FilterCost.TextScan >= MaxCost);
    }

    [Fact]
    public async Task A_content_test_under_a_page_of_sessions_is_multiplied_by_the_page()
    {
        var response = await app.Client().As(Permitted).PostAsync($$"""
            { sessions(agentId: "{{Atlas}}", first: 5) { nodes { messages(first: 1, where: { content: { contains: "x" } }) { nodes { id } } } } }
            """);

        Assert.Equal("MAX_COST_EXCEEDED", response.ErrorCode());
    }

    [Fact]
    public async Task A_filter_in_variables_costs_what_it_costs_written_out()
    {
        var written = await CostOfAsync($$"""{ sessions(agentId: "{{Atlas}}", first: 10, where: { messageCount: { gt: 3 } }) { nodes { title } } }""");
        var inVariables = await CostOfAsync("query($where: ChatSessionFilterInput) { sessions(agentId: \"" + Atlas + "\", first: 10, where: $where) { nodes { title } } }",
            new { where = new { messageCount = new { gt = 3 } } });

        Assert.Equal(written, inVariables);
    }

    /// <summary>What a request costs, read from the refusal of a server whose maximum is 1.</summary>
    private async Task<int> CostOfAsync(string query, object? variables = null)
    {
        await using var host = LimitedHost.Start(app, ("GraphQL:Limits:MaxCost", "1"));
        var response = await host.As(Creator).PostAsync(query, variables);
        Assert.Equal("MAX_COST_EXCEEDED", response.ErrorCode());
        return int.Parse(Costs().Match(response.ErrorMessage()!).Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("costs ([0-9,]+)")]
    private static partial Regex Costs();
}
