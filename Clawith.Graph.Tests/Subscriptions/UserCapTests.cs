using System.Net.WebSockets;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Subscriptions;

/// <summary>A server allowing each user two connections and three subscriptions.</summary>
public sealed class UserCapServer : LiveServer
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["GraphQL:WebSockets:MaxConnectionsPerUser"] = "2",
        ["GraphQL:WebSockets:MaxSubscriptionsPerUser"] = "3",
    };
}

public sealed class UserCapTests(UserCapServer server) : IClassFixture<UserCapServer>
{
    private static readonly (WebSocketCloseStatus?, string?) TooManyConnections =
        ((WebSocketCloseStatus)1013, "Try again later: too many open connections for this user");

    private static string MessageAdded(Guid sessionId) => $$"""
        subscription { messageAdded(agentId: "{{TestWorld.Atlas}}", sessionId: "{{sessionId}}") { id } }
        """;

    [Fact]
    public async Task A_user_s_connection_past_the_cap_is_closed_with_1013_and_one_closing_makes_room()
    {
        var first = await server.ConnectAsAsync(TestWorld.Creator);
        await using var second = await server.ConnectAsAsync(TestWorld.Creator);
        await using var third = await server.ConnectAsync();

        await third.SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {server.TokenFor(TestWorld.Creator)}" } });

        Assert.Equal(TooManyConnections, await third.ReceiveCloseAsync());
        await using (await server.ConnectAsAsync(TestWorld.Permitted))
        {
            // Another user is not counted against Creator.
        }
        await first.DisposeAsync();
        await using var again = await server.ConnectAsAsync(TestWorld.Creator);
    }

    [Fact]
    public async Task Anonymous_connections_count_against_their_remote_address()
    {
        await using var first = await server.ConnectAsAsync(null);
        await using var second = await server.ConnectAsAsync(null);
        await using var third = await server.ConnectAsync();

        await third.SendAsync(new { type = "connection_init" });

        Assert.Equal(TooManyConnections, await third.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_subscribe_past_the_user_s_cap_on_any_of_their_connections_gets_an_error_and_completing_one_makes_room()
    {
        await using var one = await server.ConnectAsAsync(TestWorld.Creator);
        await using var other = await server.ConnectAsAsync(TestWorld.Creator);
        await one.SubscribeAsync("a", MessageAdded(TestWorld.CreatorWeb));
        await one.SubscribeAsync("b", MessageAdded(TestWorld.CreatorWeb));
        await other.SubscribeAsync("c", MessageAdded(TestWorld.CreatorWeb));
        await server.WaitForSubscribersAsync(3);

        await other.SubscribeAsync("d", MessageAdded(TestWorld.CreatorWeb));

        var error = (await other.ReceiveAsync("error", "d"))[0];
        Assert.Equal("TOO_MANY_SUBSCRIPTIONS", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(3, server.Bus.Subscribers);
        await one.CompleteAsync("a");
        await server.WaitForSubscribersAsync(2);
        await other.SubscribeAsync("d", MessageAdded(TestWorld.CreatorWeb));
        await server.WaitForSubscribersAsync(3);
        var messageId = await server.AddMessageAsync(TestWorld.CreatorWeb, "Heard by d.");
        // c's and d's executions of the event run side by side: either may be sent first.
        var heard = new[] { await other.ReceiveAsync(), await other.ReceiveAsync() }
            .Select(m => (m.GetProperty("type").GetString(), m.GetProperty("id").GetString(),
                m.GetProperty("payload").GetProperty("data").GetProperty("messageAdded").GetProperty("id").GetString()))
            .OrderBy(m => m.Item2);
        Assert.Equal([("next", "c", messageId.ToString()), ("next", "d", messageId.ToString())], heard);
    }
}
