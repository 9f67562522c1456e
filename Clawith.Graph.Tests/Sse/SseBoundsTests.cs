using System.Net;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Limits;
using Clawith.Graph.Tests.Subscriptions;

namespace Clawith.Graph.Tests.Sse;

/// <summary>A server allowing each user two connections and two subscriptions, over WebSockets and SSE together.</summary>
public sealed class SharedCapServer : LiveServer
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["GraphQL:WebSockets:MaxConnectionsPerUser"] = "2",
        ["GraphQL:WebSockets:MaxSubscriptionsPerUser"] = "2",
    };
}

/// <summary>An SSE stream holds one of its user's connection places, and a subscription one of their subscription places, with their WebSockets.</summary>
public sealed class SseUserCapTests(SharedCapServer server) : IClassFixture<SharedCapServer>
{
    [Fact]
    public async Task A_stream_past_the_user_s_connections_is_429_to_retry_and_one_hanging_up_makes_room()
    {
        await using var socket = await server.ConnectAsAsync(TestWorld.Creator);
        await using var stream = await server.StreamAsync(TestWorld.Creator, SseRequests.MessageAdded(TestWorld.Atlas, TestWorld.CreatorWeb));
        await server.WaitForSubscribersAsync(1);

        await using var refused = await server.StreamAsync(TestWorld.Creator, "{ me { username } }");
        await using var otherUser = await server.StreamAsync(TestWorld.Permitted, "{ me { username } }");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("1", refused.Response.Headers.RetryAfter?.ToString());
        var body = System.Text.Json.JsonDocument.Parse(await refused.BodyAsync()).RootElement;
        Assert.Equal("TOO_MANY_CONNECTIONS", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, otherUser.Status);
        await stream.DisposeAsync();
        await server.WaitForSubscribersAsync(0);
        Assert.Equal("""{"data":{"me":{"username":"carla"}}}""", (await OpenWhenRoomAsync()).Data);
    }

    [Fact]
    public async Task A_subscription_past_the_user_s_subscriptions_on_their_websocket_gets_the_cap_s_error_on_the_stream()
    {
        await using var socket = await server.ConnectAsAsync(TestWorld.Creator);
        await socket.SubscribeAsync("a", SseRequests.MessageAdded(TestWorld.Atlas, TestWorld.CreatorWeb));
        await socket.SubscribeAsync("b", SseRequests.MessageAdded(TestWorld.Atlas, TestWorld.CreatorFeishu));
        await server.WaitForSubscribersAsync(2);

        await using var stream = await server.StreamAsync(TestWorld.Creator, SseRequests.MessageAdded(TestWorld.Atlas, TestWorld.CreatorWeb));

        Assert.Equal("TOO_MANY_SUBSCRIPTIONS", (await stream.SingleResultAsync()).ErrorCode());
        Assert.Equal(2, server.Bus.Subscribers);
    }

    /// <summary>A place is given back once the server has seen the client go: open until it has.</summary>
    private async Task<SseEvent> OpenWhenRoomAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            await using var stream = await server.StreamAsync(TestWorld.Creator, "{ me { username } }");
            if (stream.Status == HttpStatusCode.OK)
                return await stream.SingleResultAsync();
            await Task.Delay(50);
        }
        Assert.Fail("No connection place came free.");
        return null!;
    }
}

/// <summary>
/// A client that stops reading its stream is let go as a WebSocket client is: once its outgoing queue holds
/// the byte bound (here far below the message count bound); its subscription leaves the bus.
/// </summary>
public sealed class SseOutgoingQueueTests(ByteBoundQueueServer server) : IClassFixture<ByteBoundQueueServer>
{
    [Fact]
    public async Task A_client_that_stops_reading_is_let_go_once_its_queue_holds_the_byte_bound()
    {
        await using var stream = await server.StreamAsync(TestWorld.Creator, SseRequests.MessageAdded(TestWorld.Atlas, TestWorld.CreatorWeb));
        await server.WaitForSubscribersAsync(1);

        // Nothing is read from here on: the socket's buffers fill, then the queue, by bytes.
        var large = new string('x', 256 * 1024);
        for (var sent = 0; server.Bus.Subscribers > 0; sent++)
        {
            Assert.True(sent < 200, "The server queued far more than its byte bound for a client that reads nothing.");
            await server.AddMessageAsync(TestWorld.CreatorWeb, large);
        }

        await server.WaitForSubscribersAsync(0);
    }

    [Fact]
    public async Task One_event_larger_than_the_byte_bound_still_reaches_a_reading_client()
    {
        await using var stream = await server.StreamAsync(TestWorld.Creator, SseRequests.MessageAdded(TestWorld.Atlas, TestWorld.CreatorWeb));
        await server.WaitForSubscribersAsync(1);

        var huge = new string('y', 2 * ByteBoundQueueServer.QueueBytes);
        await server.AddMessageAsync(TestWorld.CreatorWeb, huge);

        var next = await stream.NextEventAsync("next");
        Assert.Equal(huge, next.Json.GetProperty("data").GetProperty("messageAdded").GetProperty("content").GetString());
    }
}

public sealed class SseSendTimeoutTests(SendTimeoutServer server) : IClassFixture<SendTimeoutServer>
{
    [Fact]
    public async Task A_client_that_stops_reading_is_let_go_by_the_send_timeout_with_its_queue_far_from_full()
    {
        await using var stream = await server.StreamAsync(TestWorld.Creator, SseRequests.MessageAdded(TestWorld.Atlas, TestWorld.CreatorWeb));
        await server.WaitForSubscribersAsync(1);

        // More than the socket buffers hold, far less than the queue: then the server's write is stuck.
        var large = new string('x', 1024 * 1024);
        for (var sent = 0; sent < 64 && server.Bus.Subscribers > 0; sent++)
            await server.AddMessageAsync(TestWorld.CreatorWeb, large);

        await server.WaitForSubscribersAsync(0);
    }
}

/// <summary>An event over SSE is one execution, held to the response budget as over a WebSocket.</summary>
public sealed class SseResponseBudgetTests(SmallBudgetServer server) : IClassFixture<SmallBudgetServer>
{
    [Fact]
    public async Task An_event_past_the_budget_is_response_too_large_and_the_next_event_still_comes()
    {
        await using var stream = await server.StreamAsync(TestWorld.Creator, SseRequests.MessageAdded(TestWorld.Atlas, TestWorld.CreatorWeb));
        await server.WaitForSubscribersAsync(1);

        await server.AddMessageAsync(TestWorld.CreatorWeb, new string('x', 6000));
        var tooLarge = await stream.NextEventAsync("next");
        await server.AddMessageAsync(TestWorld.CreatorWeb, "Short enough.");
        var next = await stream.NextEventAsync("next");

        Assert.Equal("RESPONSE_TOO_LARGE", tooLarge.ErrorCode());
        Assert.Equal("Short enough.", next.Json.GetProperty("data").GetProperty("messageAdded").GetProperty("content").GetString());
    }

    [Fact]
    public async Task A_query_past_the_budget_is_response_too_large_with_no_data()
    {
        await using var stream = await server.StreamAsync(TestWorld.Permitted, $$"""
            { session(agentId: "{{TestWorld.Atlas}}", id: "{{TestWorld.PermittedLong}}") { messages { nodes { id content createdAt } } } }
            """);

        var next = await stream.SingleResultAsync();

        Assert.Equal("RESPONSE_TOO_LARGE", next.ErrorCode());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, next.Json.GetProperty("data").ValueKind);
    }
}
