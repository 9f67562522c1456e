using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Subscriptions;

public sealed class PipelinedPingTests(SmallQueueServer server) : IClassFixture<SmallQueueServer>
{
    [Fact]
    public async Task Pings_sent_far_past_the_queue_s_capacity_all_get_pongs_and_the_connection_stays()
    {
        await using var client = await server.ConnectAsAsync(TestWorld.Creator);

        // The queue holds 4 messages; the client sends 1,000 pings before reading anything.
        const int Pings = 1000;
        for (var i = 0; i < Pings; i++)
            await client.SendAsync(new { type = "ping" });

        for (var i = 0; i < Pings; i++)
            Assert.Equal("pong", (await client.ReceiveAsync()).GetProperty("type").GetString());
        var me = await client.RunAsync("me", "{ me { displayName } }");
        Assert.Equal("Carla Creator", me.GetProperty("data").GetProperty("me").GetProperty("displayName").GetString());
    }
}
