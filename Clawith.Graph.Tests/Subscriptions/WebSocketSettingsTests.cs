using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Limits;
using Microsoft.Extensions.Options;

namespace Clawith.Graph.Tests.Subscriptions;

/// <summary>A WebSocket setting that would refuse everything or hold without limit stops the server at start, naming the key.</summary>
public sealed class WebSocketSettingsTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Theory]
    [InlineData("GraphQL:WebSockets:OutgoingQueueBytes", "0", "GraphQL:WebSockets:OutgoingQueueBytes must be at least 1.")]
    [InlineData("GraphQL:WebSockets:SendTimeout", "00:00:00", "GraphQL:WebSockets:SendTimeout must be positive, e.g. 00:00:10.")]
    [InlineData("GraphQL:WebSockets:MaxConnectionsPerUser", "0", "GraphQL:WebSockets:MaxConnectionsPerUser must be at least 1.")]
    [InlineData("GraphQL:WebSockets:MaxSubscriptionsPerUser", "-1", "GraphQL:WebSockets:MaxSubscriptionsPerUser must be at least 1.")]
    [InlineData("GraphQL:WebSockets:MaxConcurrentEventExecutions", "0", "GraphQL:WebSockets:MaxConcurrentEventExecutions must be at least 1.")]
    [InlineData("GraphQL:WebSockets:MaxConcurrentEventExecutionsPerUser", "33",
        "GraphQL:WebSockets:MaxConcurrentEventExecutionsPerUser must not exceed GraphQL:WebSockets:MaxConcurrentEventExecutions.")]
    [InlineData("GraphQL:WebSockets:CallerMaxAge", "-00:00:01", "GraphQL:WebSockets:CallerMaxAge must not be negative, e.g. 00:00:01.")]
    [InlineData("GraphQL:WebSockets:CloseTimeout", "00:00:00", "GraphQL:WebSockets:CloseTimeout must be positive, e.g. 00:00:10.")]
    public async Task A_setting_that_would_refuse_everything_or_hold_without_limit_stops_the_server_at_start(string key, string value, string message)
    {
        await using var host = LimitedHost.Start(app, (key, value));

        var failure = Assert.Throws<OptionsValidationException>(() => host.Services);

        Assert.Contains(message, failure.Failures);
    }
}
