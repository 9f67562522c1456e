using Clawith.Graph.Server.Limits;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Server;

namespace Clawith.Graph.Tests.Limits;

/// <summary>
/// GraphQL:Limits:MaxCost (default 500,000): each field costs 1, times the page sizes above it; a
/// connection without first/last counts as its largest page (500), sizes count as the server caps them.
/// </summary>
public sealed class CostLimitTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private static readonly int MaxCost = new GraphLimitsOptions().MaxCost;

    /// <summary>
    /// Atlas (1), its sessions (1) and their nodes (1), and per session (500): its title (1), messages (1),
    /// their nodes (1) and 498 messages' id and time (996): 3 + 500 × 999 = 499,503. Then a page of 495
    /// session ids at the root: 1 + 1 + 495 = 497. In all, 500,000.
    /// </summary>
    private static readonly string AtTheDefaultCost = $$"""
        {
          agent(id: "{{TestWorld.Atlas}}") { sessions(first: 500) { nodes { title messages(first: 498) { nodes { id createdAt } } } } }
          sessions(agentId: "{{TestWorld.Atlas}}", first: 495) { nodes { id } }
        }
        """;

    [Fact]
    public async Task A_query_costing_exactly_the_default_maximum_runs()
    {
        Assert.Equal(3 + 500 * 999 + 497, MaxCost);

        var (response, sql) = await app.BeyondAuthenticationAsync(app.Client().As(TestWorld.Creator), c => c.PostAsync(AtTheDefaultCost));

        Assert.NotEmpty(response.ShouldSucceed().Data!["sessions"]!["nodes"]!.AsArray());
        Assert.True(sql > 0, "The query reached the database.");
    }

    [Fact]
    public async Task One_more_is_refused_with_max_cost_exceeded_before_any_sql()
    {
        var (response, sql) = await app.BeyondAuthenticationAsync(app.Client().As(TestWorld.Creator),
            c => c.PostAsync(AtTheDefaultCost.Replace("first: 495", "first: 496", StringComparison.Ordinal)));

        response.ShouldBeRefusedBy("MAX_COST_EXCEEDED",
            "The query costs 500,001 (each field counts 1, times the page sizes above it); the maximum cost is 500,000.");
        Assert.Equal(0, sql);
    }

    [Theory]
    [InlineData("sessions(agentId: $agent, first: 50) { nodes { title } }", true)]
    [InlineData("sessions(agentId: $agent, first: 51) { nodes { title } }", false)]
    [InlineData("sessions(agentId: $agent, first: 25) { edges { node { title } } }", true)]
    [InlineData("sessions(agentId: $agent, first: 26) { edges { node { title } } }", false)]
    [InlineData("session(agentId: $agent, id: $session) { messages(last: 49) { nodes { id } } }", true)]
    [InlineData("session(agentId: $agent, id: $session) { messages(last: 50) { nodes { id } } }", false)]
    [InlineData("session(agentId: $agent, id: $session) { messages { nodes { id } } }", false)]
    [InlineData("sessions(agentId: $agent, first: 100000) { nodes { title } }", false)]
    public async Task Page_sizes_multiply_what_is_under_them(string selection, bool passes)
    {
        await using var host = LimitedHost.Start(app, ("GraphQL:Limits:MaxCost", "52"));

        var response = selection.Contains("$session", StringComparison.Ordinal)
            ? await host.As(TestWorld.Permitted).PostAsync($"query($agent: UUID!, $session: UUID!) {{ {selection} }}",
                new { agent = TestWorld.Atlas, session = TestWorld.PermittedLong })
            : await host.As(TestWorld.Permitted).PostAsync($"query($agent: UUID!) {{ {selection} }}", new { agent = TestWorld.Atlas });

        Assert.Equal(passes ? null : "MAX_COST_EXCEEDED", response.ErrorCode());
    }

    [Fact]
    public async Task A_page_size_given_as_a_variable_counts_as_its_value()
    {
        await using var host = LimitedHost.Start(app, ("GraphQL:Limits:MaxCost", "52"));
        const string query = "query($agent: UUID!, $size: Int) { sessions(agentId: $agent, first: $size) { nodes { title } } }";

        var within = await host.As(TestWorld.Creator).PostAsync(query, new { agent = TestWorld.Atlas, size = 50 });
        var over = await host.As(TestWorld.Creator).PostAsync(query, new { agent = TestWorld.Atlas, size = 51 });

        within.ShouldSucceed();
        over.ShouldBeRefusedBy("MAX_COST_EXCEEDED", "The query costs 53 (each field counts 1, times the page sizes above it); the maximum cost is 52.");
    }

    [Fact]
    public async Task Over_get_the_same_cost_limit_applies()
    {
        await using var host = LimitedHost.Start(app, ("GraphQL:Limits:MaxCost", "52"));

        var response = await host.As(TestWorld.Creator).GetAsync(
            HttpTransport.GetUrl($"{{ sessions(agentId: \"{TestWorld.Atlas}\", first: 51) {{ nodes {{ title }} }} }}"));

        response.ShouldBeRefusedBy("MAX_COST_EXCEEDED", "The query costs 53");
    }

    [Fact]
    public async Task A_negative_page_size_costs_nothing_extra_and_is_refused_by_its_field()
    {
        await using var host = LimitedHost.Start(app, ("GraphQL:Limits:MaxCost", "52"));

        var response = await host.As(TestWorld.Creator).PostAsync(
            $"{{ sessions(agentId: \"{TestWorld.Atlas}\", first: -1000000) {{ nodes {{ title }} }} }}");

        Assert.Equal("INVALID_INPUT", response.ErrorCode());
    }
}
