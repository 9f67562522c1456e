using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Subscriptions;

/// <summary>A server with small queues, so a client that stops reading fills them quickly.</summary>
public sealed class SmallQueueServer : LiveServer
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["GraphQL:WebSockets:OutgoingQueueCapacity"] = "4",
        ["GraphQL:WebSockets:MaxPendingEventsPerSubscription"] = "4",
        ["GraphQL:WebSockets:MaxSubscriptionsPerConnection"] = "2",
        ["GraphQL:WebSockets:CloseTimeout"] = "00:00:01",
    };
}

public sealed class BoundedConnectionTests(SmallQueueServer server) : IClassFixture<SmallQueueServer>
{
    private static string MessageAdded(Guid sessionId) => LiveOperations.MessageAdded(TestWorld.Atlas, sessionId);

    [Fact]
    public async Task A_client_that_stops_reading_is_disconnected_and_its_subscriptions_leave_the_bus()
    {
        await using var client = await SubscribedTwiceAsync();

        // The client reads nothing from here on. Large messages fill the socket's buffers, then the
        // server's queue; events keep coming until the server gives up on the client.
        var large = new string('x', 256 * 1024 - 1024);
        for (var sent = 0; server.Bus.Subscribers > 0; sent++)
        {
            Assert.True(sent < 2_000, "The server kept a client that reads nothing.");
            await server.AddMessageAsync(TestWorld.CreatorWeb, large);
        }

        await server.WaitForSubscribersAsync(0);
    }

    [Fact]
    public async Task A_vanished_client_s_subscriptions_leave_the_bus()
    {
        var client = await server.ConnectAsAsync(TestWorld.Permitted);
        await client.SubscribeAsync("tools", MessageAdded(TestWorld.PermittedTools));
        await server.WaitForSubscribersAsync(1);

        client.Socket.Abort();
        client.Socket.Dispose();

        await server.WaitForSubscribersAsync(0);
    }

    [Fact]
    public async Task A_subscribe_past_the_connection_s_limit_gets_an_error_and_the_others_run_on()
    {
        await using var client = await SubscribedTwiceAsync();

        await client.SubscribeAsync("three", MessageAdded(TestWorld.CreatorWeb));

        var error = (await client.ReceiveAsync("error", "three"))[0];
        Assert.Equal("TOO_MANY_OPERATIONS", error.GetProperty("extensions").GetProperty("code").GetString());
        await client.CompleteAsync("one");
        await client.CompleteAsync("two");
        await server.WaitForSubscribersAsync(0);
    }

    /// <summary>Creator's connection, at its limit: two subscriptions to Creator's web chat.</summary>
    private async Task<TransportClient> SubscribedTwiceAsync()
    {
        var client = await server.ConnectAsAsync(TestWorld.Creator);
        await client.SubscribeAsync("one", MessageAdded(TestWorld.CreatorWeb));
        await client.SubscribeAsync("two", MessageAdded(TestWorld.CreatorWeb));
        await server.WaitForSubscribersAsync(2);
        return client;
    }
}
