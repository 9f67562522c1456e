using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Limits;

/// <summary>The default limits let every real client operation through, and still refuse a query no client needs.</summary>
public sealed class DefaultLimitsTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private static readonly object Variables = new { agentId = TestWorld.Atlas, scope = "ALL", id = TestWorld.PermittedLong };

    [Theory]
    [InlineData(nameof(SpaOperations.ReadmeSample))]
    [InlineData(nameof(SpaOperations.SessionList))]
    [InlineData(nameof(SpaOperations.OpenSession))]
    [InlineData(nameof(SpaOperations.PlaygroundIntrospection))]
    public async Task A_real_client_operation_passes_the_default_limits(string operation)
    {
        var response = await app.Client().As(TestWorld.PlatformAdmin).PostAsync(SpaOperations.Named(operation), Variables);

        response.ShouldSucceed();
    }

    [Fact]
    public async Task The_session_list_returns_its_fifty_sessions_each_with_up_to_fifty_messages()
    {
        var response = await app.Client().As(TestWorld.PlatformAdmin).PostAsync(SpaOperations.SessionList, Variables);

        var edges = response.ShouldSucceed().Data!["sessions"]!["edges"]!.AsArray();
        Assert.NotEmpty(edges);
        var longChat = edges.Single(edge => (string?)edge!["node"]!["id"] == TestWorld.PermittedLong.ToString());
        Assert.Equal(50, longChat!["node"]!["messages"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task Five_hundred_sessions_with_the_id_and_text_of_five_hundred_messages_each_is_over_the_default_cost()
    {
        const string query = """
            query($agentId: UUID!) { sessions(agentId: $agentId, first: 500) { nodes { messages(first: 500) { nodes { id content } } } } }
            """;

        var response = await app.Client().As(TestWorld.Creator).PostAsync(query, new { agentId = TestWorld.Atlas });

        Assert.Equal("MAX_COST_EXCEEDED", response.ErrorCode());
    }
}
