using System.Diagnostics;
using System.Text.Json;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Playground;
using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace Clawith.Graph.Tests.Subscriptions;

/// <summary>
/// The chat as a SPA lives it: one connection sends with sendMessage, another receives through
/// messageAdded, on one server and, on PostgreSQL, across two servers on one database.
/// </summary>
public sealed class SendAndReceiveTests
{
    private static readonly string Subscription = LiveOperations.MessageAdded(TestWorld.Atlas, TestWorld.CreatorWeb, "content role sender { displayName }");

    private static string Send(string content) => LiveOperations.SendMessage(TestWorld.Atlas, TestWorld.CreatorWeb, content);

    [Fact]
    public async Task A_message_sent_on_one_connection_reaches_a_subscriber_on_another()
    {
        await using var world = await ClawithAppFactory.CreateAsync();
        await using var server = KestrelApp.Start(world);
        await using var listener = await ConnectAsync(world, server);
        await using var sender = await ConnectAsync(world, server);
        await listener.SubscribeAsync("added", Subscription);

        var received = await SendUntilHeardAsync(sender, listener, "Hello from the other tab.");

        Assert.Equal("USER", received.GetProperty("role").GetString());
        Assert.Equal("Carla Creator", received.GetProperty("sender").GetProperty("displayName").GetString());
    }

    [PostgresFact]
    public async Task A_message_sent_through_one_server_reaches_a_subscriber_of_the_other_within_a_second()
    {
        await using var world = await ClawithAppFactory.CreateAsync();
        await using var one = KestrelApp.Start(world);
        await using var other = KestrelApp.Start(world, builder => builder.UseSetting("ConnectionStrings:Clawith",
            new NpgsqlConnectionStringBuilder(world.DatabaseConnectionString) { ApplicationName = "clawith-graph-other" }.ToString()));
        await using var listener = await ConnectAsync(world, other);
        await using var sender = await ConnectAsync(world, one);
        await listener.SubscribeAsync("added", Subscription);
        await SendUntilHeardAsync(sender, listener, "Is anyone there?");

        var clock = Stopwatch.StartNew();
        await SendAsync(sender, "Across servers.");
        // A second warm-up message may still be on its way: it comes first.
        while ((await listener.ReceiveAsync("next", "added")).GetProperty("data").GetProperty("messageAdded").GetProperty("content").GetString() != "Across servers.")
        {
        }
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"The message took {clock.Elapsed} to cross servers.");
    }

    private static async Task<TransportClient> ConnectAsync(ClawithAppFactory world, KestrelApp server)
    {
        var client = await TransportClient.ConnectAsync(new Uri(server.Address, "/graphql"), ["graphql-transport-ws"]);
        await client.InitAsync(new { Authorization = $"Bearer {world.TokenFor(TestWorld.Creator)}" });
        return client;
    }

    /// <summary>A subscription starts listening a moment after subscribe: send until the listener hears one.</summary>
    private static async Task<JsonElement> SendUntilHeardAsync(TransportClient sender, TransportClient listener, string content)
    {
        var receiving = listener.ReceiveAsync("next", "added");
        for (var attempt = 0; !receiving.IsCompleted; attempt++)
        {
            Assert.True(attempt < 100, "The subscriber heard none of 100 messages.");
            await SendAsync(sender, content);
            await Task.WhenAny(receiving, Task.Delay(300));
        }
        var added = (await receiving).GetProperty("data").GetProperty("messageAdded");
        Assert.Equal(content, added.GetProperty("content").GetString());
        return added;
    }

    private static async Task SendAsync(TransportClient sender, string content)
    {
        var id = Guid.NewGuid().ToString();
        await sender.SubscribeAsync(id, Send(content));
        var sent = await sender.ReceiveAsync("next", id);
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("data").GetProperty("sendMessage").GetProperty("errors").ValueKind);
        await sender.ReceiveAsync("complete", id);
    }
}
