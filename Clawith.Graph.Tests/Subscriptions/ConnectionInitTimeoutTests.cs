using System.Net.WebSockets;

namespace Clawith.Graph.Tests.Subscriptions;

/// <summary>A server that waits one second for connection_init.</summary>
public sealed class ShortInitTimeoutServer : LiveServer
{
    protected override IReadOnlyDictionary<string, string> Settings =>
        new Dictionary<string, string> { ["GraphQL:WebSockets:ConnectionInitTimeout"] = "00:00:01" };
}

public sealed class ConnectionInitTimeoutTests(ShortInitTimeoutServer server) : IClassFixture<ShortInitTimeoutServer>
{
    [Fact]
    public async Task A_client_that_never_sends_connection_init_is_closed_with_4408()
    {
        await using var client = await server.ConnectAsync();

        Assert.Equal(((WebSocketCloseStatus)4408, "Connection initialisation timeout"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_client_that_initialised_in_time_stays_connected_past_the_timeout()
    {
        await using var client = await server.ConnectAsAsync(null);
        await Task.Delay(TimeSpan.FromSeconds(2));

        await client.SendAsync(new { type = "ping" });

        Assert.Equal("pong", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }
}
