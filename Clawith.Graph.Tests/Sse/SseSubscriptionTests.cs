using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Subscriptions;

namespace Clawith.Graph.Tests.Sse;

/// <summary>
/// Subscriptions over SSE: each event an <c>event: next</c> on the open response, for as long as the client
/// keeps it open. Hanging up ends the subscription, which leaves the chat event bus at once; a refused
/// subscription gets its errors in one <c>next</c>, then <c>complete</c>, and never joins the bus.
/// </summary>
public sealed class SseSubscriptionTests(LiveServer server) : IClassFixture<LiveServer>
{
    [Fact]
    public async Task Each_message_sent_reaches_the_subscriber_in_order_and_hanging_up_leaves_the_bus()
    {
        var stream = await server.StreamAsync(TestWorld.Creator, SseRequests.MessageAdded(TestWorld.Atlas, TestWorld.CreatorWeb));
        await server.WaitForSubscribersAsync(1);

        var first = await server.SendMessageAsync(TestWorld.Creator, TestWorld.Atlas, TestWorld.CreatorWeb, "First over SSE.");
        var second = await server.SendMessageAsync(TestWorld.Creator, TestWorld.Atlas, TestWorld.CreatorWeb, "Second over SSE.");

        var heard = new[] { await stream.NextEventAsync("next"), await stream.NextEventAsync("next") }
            .Select(next => next.Json.GetProperty("data").GetProperty("messageAdded")).ToList();
        Assert.Equal([first, second], heard.Select(message => message.GetProperty("id").GetString()));
        Assert.Equal("First over SSE.", heard[0].GetProperty("content").GetString());
        Assert.Equal("Carla Creator", heard[0].GetProperty("sender").GetProperty("displayName").GetString());
        Assert.Equal(1, server.Bus.Subscribers);
        await stream.DisposeAsync();
        await server.WaitForSubscribersAsync(0);
    }

    [Theory]
    [InlineData("Stranger", "AUTH_NOT_AUTHORIZED", "No access to this agent")]
    [InlineData("Permitted", "AUTH_NOT_AUTHORIZED", "Not authorized to view this session")]
    [InlineData(null, "AUTH_NOT_AUTHENTICATED", null)]
    public async Task A_refused_subscription_gets_one_next_with_the_query_s_error_then_complete_and_no_stream(string? caller, string code, string? message)
    {
        await using var stream = await server.StreamAsync(caller is null ? null : MessageAddedTests.World(caller),
            SseRequests.MessageAdded(TestWorld.Atlas, TestWorld.CreatorWeb));

        var refused = await stream.SingleResultAsync();

        Assert.Equal(code, refused.ErrorCode());
        if (message is not null)
            Assert.Equal(message, refused.ErrorMessage());
        Assert.Equal(0, server.Bus.Subscribers);
    }
}

/// <summary>A server whose quiet streams get a keep-alive comment every 50 ms.</summary>
public sealed class QuickKeepAliveServer : LiveServer
{
    protected override IReadOnlyDictionary<string, string> Settings =>
        new Dictionary<string, string> { ["GraphQL:ServerSentEvents:KeepAliveInterval"] = "00:00:00.050" };
}

public sealed class SseKeepAliveTests(QuickKeepAliveServer server) : IClassFixture<QuickKeepAliveServer>
{
    [Fact]
    public async Task A_quiet_subscription_stream_gets_keep_alive_comments_between_its_events()
    {
        await using var stream = await server.StreamAsync(TestWorld.Creator, SseRequests.MessageAdded(TestWorld.Atlas, TestWorld.CreatorWeb));
        await server.WaitForSubscribersAsync(1);

        Assert.Equal("", await stream.NextCommentAsync());
        Assert.Equal("", await stream.NextCommentAsync());
        Assert.Equal("", await stream.NextCommentAsync());
        await server.SendMessageAsync(TestWorld.Creator, TestWorld.Atlas, TestWorld.CreatorWeb, "Between the comments.");
        var next = await stream.NextEventAsync("next");
        Assert.Equal("Between the comments.", next.Json.GetProperty("data").GetProperty("messageAdded").GetProperty("content").GetString());
    }
}
