using System.Net;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Server;

namespace Clawith.Graph.Tests.Subscriptions;

/// <summary>
/// A subscription sent for one JSON answer, by POST or by GET, is refused with the same message naming
/// the rule (a stream of events does not fit one JSON response) and both transports that serve
/// subscriptions (WebSocket and SSE); GET does not tell it to use POST, which would refuse it too.
/// </summary>
public sealed class SubscriptionOverHttpTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private static readonly string Subscription = $$"""subscription { sessionChanged(agentId: "{{TestWorld.Atlas}}") { kind } }""";

    private const string Rule = "A subscription is answered with a stream of events, which a single JSON response cannot carry: " +
        "subscribe over WebSocket at /graphql (subprotocol graphql-transport-ws), or over Server-Sent Events " +
        "(the same request to /graphql with Accept: text/event-stream).";

    [Fact]
    public async Task A_subscription_posted_over_http_is_refused_naming_the_rule_the_websocket_and_server_sent_events()
    {
        var response = await app.Client().As(TestWorld.Creator).PostAsync(Subscription);

        Assert.Equal(Rule, response.ErrorMessage());
        Assert.DoesNotContain("\"data\"", response.Body);
    }

    [Theory]
    [InlineData(HttpTransport.GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData(HttpTransport.Json, HttpStatusCode.OK)]
    public async Task A_subscription_sent_over_get_gets_the_same_refusal_as_over_post_and_no_405(string accept, HttpStatusCode status)
    {
        var response = await app.Client().As(TestWorld.Creator).GetAsync($"/graphql?query={Uri.EscapeDataString(Subscription)}", accept);

        Assert.Equal(status, response.Status);
        Assert.Equal(Rule, response.ErrorMessage());
        Assert.DoesNotContain("mutation", response.Body, StringComparison.OrdinalIgnoreCase);
        Assert.False(response.ContentHeaders.Contains("Allow"));
    }
}
