using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace Clawith.Graph.Tests.Sse;

/// <summary>
/// SSE events run in the same pool as WebSocket events, in the same per-user share: a user's stream waits
/// behind that user's socket, while another user's stream is served.
/// </summary>
public sealed class SseEventPoolTests(SmallPoolServer server) : IClassFixture<SmallPoolServer>
{
    [Fact]
    public async Task A_user_s_stream_event_waits_behind_their_socket_s_in_their_share_while_another_user_s_stream_is_served()
    {
        var checks = server.Services.GetRequiredService<HeldChecks>();
        await using var socket = await server.ConnectAsAsync(TestWorld.Creator);
        await socket.SubscribeAsync("web", SseRequests.MessageAdded(TestWorld.Atlas, TestWorld.CreatorWeb));
        await using var sameUser = await server.StreamAsync(TestWorld.Creator, SseRequests.MessageAdded(TestWorld.Atlas, TestWorld.CreatorWeb));
        await using var otherUser = await server.StreamAsync(TestWorld.Permitted, SseRequests.MessageAdded(TestWorld.Atlas, TestWorld.PermittedTools));
        await server.WaitForSubscribersAsync(3);

        checks.Hold(TestWorld.Creator);
        await server.AddMessageAsync(TestWorld.CreatorWeb, "Two events for one user.");
        await WaitUntilAsync(() => checks.Waiting > 0);
        await server.AddMessageAsync(TestWorld.PermittedTools, "One event for another.");

        var heard = await otherUser.NextEventAsync("next");
        Assert.Equal("One event for another.", heard.Json.GetProperty("data").GetProperty("messageAdded").GetProperty("content").GetString());
        // Creator's second event waits for Creator's one slot, whichever transport it is for.
        Assert.Equal(1, checks.Waiting);
        checks.Release();
        Assert.Equal("next", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        Assert.Equal("Two events for one user.",
            (await sameUser.NextEventAsync("next")).Json.GetProperty("data").GetProperty("messageAdded").GetProperty("content").GetString());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TransportClient.Patience);
        while (!condition())
            await Task.Delay(20, timeout.Token);
    }
}
