using System.Net.WebSockets;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Subscriptions;

/// <summary>A server whose outgoing queue is bounded by bytes long before it is by messages.</summary>
public sealed class ByteBoundQueueServer : LiveServer
{
    public const int QueueBytes = 1024 * 1024;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["GraphQL:WebSockets:OutgoingQueueCapacity"] = "1000",
        ["GraphQL:WebSockets:OutgoingQueueBytes"] = QueueBytes.ToString(),
        ["GraphQL:WebSockets:MaxPendingEventsPerSubscription"] = "1000",
        ["GraphQL:WebSockets:CloseTimeout"] = "00:00:01",
    };
}

public sealed class OutgoingQueueTests(ByteBoundQueueServer server) : IClassFixture<ByteBoundQueueServer>
{
    private static readonly string Subscription = LiveOperations.MessageAdded(TestWorld.Atlas, TestWorld.CreatorWeb);

    [Fact]
    public async Task A_client_that_stops_reading_is_closed_once_its_queue_holds_the_byte_bound_not_the_message_count()
    {
        await using var client = await server.ConnectAsAsync(TestWorld.Creator);
        await client.SubscribeAsync("added", Subscription);
        await server.WaitForSubscribersAsync(1);

        // The client reads nothing from here on: the socket's buffers fill, then the queue, by bytes.
        var large = new string('x', 256 * 1024);
        for (var sent = 0; server.Bus.Subscribers > 0; sent++)
        {
            Assert.True(sent < 200, "The server queued far more than its byte bound for a client that reads nothing.");
            await server.AddMessageAsync(TestWorld.CreatorWeb, large);
        }

        await server.WaitForSubscribersAsync(0);
        Assert.Equal(((WebSocketCloseStatus)1013, "Try again later: the client did not keep up with its messages"), await client.DrainUntilClosedAsync());
    }

    [Fact]
    public async Task One_message_larger_than_the_byte_bound_still_reaches_a_reading_client()
    {
        await using var client = await server.ConnectAsAsync(TestWorld.Creator);
        await client.SubscribeAsync("added", Subscription);
        await server.WaitForSubscribersAsync(1);

        var huge = new string('y', 2 * ByteBoundQueueServer.QueueBytes);
        await server.AddMessageAsync(TestWorld.CreatorWeb, huge);

        var message = (await client.ReceiveAsync("next", "added")).GetProperty("data").GetProperty("messageAdded");
        Assert.Equal(huge, message.GetProperty("content").GetString());
        await client.CompleteAsync("added");
        await server.WaitForSubscribersAsync(0);
    }
}

/// <summary>A server whose queue would hold everything: only the send timeout can give up on a client.</summary>
public sealed class SendTimeoutServer : LiveServer
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["GraphQL:WebSockets:OutgoingQueueCapacity"] = "100000",
        ["GraphQL:WebSockets:OutgoingQueueBytes"] = "4294967296",
        ["GraphQL:WebSockets:MaxPendingEventsPerSubscription"] = "100000",
        ["GraphQL:WebSockets:SendTimeout"] = "00:00:01",
        ["GraphQL:WebSockets:CloseTimeout"] = "00:00:01",
    };
}

public sealed class SendTimeoutTests(SendTimeoutServer server) : IClassFixture<SendTimeoutServer>
{
    [Fact]
    public async Task A_client_that_stops_reading_is_let_go_by_the_send_timeout_with_its_queue_far_from_full()
    {
        await using var client = await server.ConnectAsAsync(TestWorld.Creator);
        await client.SubscribeAsync("added", LiveOperations.MessageAdded(TestWorld.Atlas, TestWorld.CreatorWeb, "content"));
        await server.WaitForSubscribersAsync(1);

        // More than the socket buffers hold, far less than the queue: then nothing more is sent, and the
        // server's send is stuck on a client that reads nothing.
        var large = new string('x', 1024 * 1024);
        for (var sent = 0; sent < 64 && server.Bus.Subscribers > 0; sent++)
            await server.AddMessageAsync(TestWorld.CreatorWeb, large);

        await server.WaitForSubscribersAsync(0);
        // 1013 if the close got out once the client read again, or aborted if it could not.
        Assert.Contains(await client.DrainUntilClosedAsync(), new (WebSocketCloseStatus?, string?)?[]
        {
            ((WebSocketCloseStatus)1013, "Try again later: the client did not keep up with its messages"),
            null,
        });
    }
}
