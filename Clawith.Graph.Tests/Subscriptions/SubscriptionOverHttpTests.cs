using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Subscriptions;

public sealed class SubscriptionOverHttpTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Fact]
    public async Task A_subscription_posted_over_http_is_refused_and_points_to_the_websocket()
    {
        var response = await app.Client().As(TestWorld.Creator).PostAsync(
            $$"""subscription { sessionChanged(agentId: "{{TestWorld.Atlas}}") { kind } }""");

        Assert.Contains("served over WebSocket at /graphql", response.Body);
        Assert.DoesNotContain("\"data\"", response.Body);
    }
}
