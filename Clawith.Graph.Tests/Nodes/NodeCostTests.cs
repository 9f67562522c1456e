using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Limits;

namespace Clawith.Graph.Tests.Nodes;

/// <summary>
/// nodes(ids) is a list whose length the document fixes: what is under it costs once per id written, or
/// once per id of the cap (50) when a variable gives them, so a variable cannot slip a costlier request
/// past GraphQL:Limits:MaxCost, and a trusted document's cost stays that of its text.
/// </summary>
public sealed class NodeCostTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Fact]
    public async Task What_is_under_nodes_costs_once_per_id_written_or_per_id_of_the_cap_for_a_variable()
    {
        await using var host = LimitedHost.Start(app, ("GraphQL:Limits:MaxCost", "50"));
        var client = host.As(TestWorld.Creator);
        var three = string.Join(", ", Enumerable.Repeat($"\"{TestWorld.Atlas}\"", 3));

        var written = await client.PostAsync($"{{ nodes(ids: [{three}]) {{ id __typename }} }}");
        var variable = await client.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { TestWorld.Atlas } });

        Assert.Equal(3, written.ShouldSucceed().Data!["nodes"]!.AsArray().Count);
        variable.ShouldBeRefusedBy("MAX_COST_EXCEEDED", "The query costs 51 (each field counts 1, times the page sizes above it); the maximum cost is 50.");
    }
}
