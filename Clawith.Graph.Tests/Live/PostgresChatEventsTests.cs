using Clawith.Graph.Live;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Messages.Sending;
using Clawith.Graph.Tests.Resilience;
using Clawith.Graph.Tests.Sessions.Mutations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Clawith.Graph.Tests.Live;

/// <summary>On PostgreSQL, server instances share their chat events through LISTEN/NOTIFY on their one database.</summary>
public sealed class PostgresChatEventsTests
{
    private const string SecondName = "clawith-graph-second";

    [PostgresFact]
    public async Task A_message_sent_through_one_server_reaches_a_subscriber_of_the_other_within_a_second_and_each_subscriber_once()
    {
        await using var world = await ClawithAppFactory.CreateAsync();
        await using var second = SecondServer(world);
        using var there = ChatEventCollector.On(second);
        using var here = ChatEventCollector.On(world);

        var response = await world.Client().As(TestWorld.Creator).SendMessageAsync(TestWorld.Atlas, TestWorld.CreatorWeb, "Across servers.");

        var id = Guid.Parse((string)PayloadAssert.Succeeded(response, SendMessageCalls.Mutation)["message"]!["id"]!);
        var heard = await there.WaitForAsync(e => e.MessageId == id, seconds: 1);
        Assert.Equal(new ChatEvent(ChatEventKind.MessageAdded, TestWorld.Atlas, TestWorld.CreatorWeb, TestWorld.Creator, null, "web", false,
            new ListedIn(Mine: true, All: true), new ListedIn(Mine: true, All: true), id), heard);
        await here.WaitForAsync(e => e.MessageId == id, seconds: 1);
        await Task.Delay(200); // room for a doubled delivery to arrive
        Assert.Single(there.Heard);
        Assert.Single(here.Heard);
    }

    [PostgresFact]
    public async Task The_listener_listens_again_after_its_connection_is_killed()
    {
        await using var world = await ClawithAppFactory.CreateAsync();
        using var events = ChatEventCollector.On(world);
        var killed = Assert.Single(await ListenerPidsAsync(world));

        await QueryAsync(world, $"SELECT pg_terminate_backend({killed})");

        await Eventually.HoldsAsync(async () => await ListenerPidsAsync(world) is [var pid] && pid != killed, "a new LISTEN connection", seconds: 10);
        var bus = world.Services.GetRequiredService<IChatEvents>();
        var chatEvent = new ChatEvent(ChatEventKind.SessionRenamed, TestWorld.Atlas, TestWorld.CreatorWeb, TestWorld.Creator, null, "web", false,
            new ListedIn(Mine: true, All: true), new ListedIn(Mine: true, All: true));
        await bus.PublishAsync(chatEvent, CancellationToken.None);
        Assert.Equal(chatEvent, await events.WaitForAsync(e => e == chatEvent, seconds: 1));
    }

    [PostgresFact]
    public async Task A_malformed_notification_is_skipped_and_the_next_event_still_arrives()
    {
        await using var world = await ClawithAppFactory.CreateAsync();
        using var events = ChatEventCollector.On(world);

        await QueryAsync(world, $"SELECT pg_notify('{PostgresChatEvents.Channel}', 'not json')");
        await QueryAsync(world, $$"""SELECT pg_notify('{{PostgresChatEvents.Channel}}', '{"kind": "MessageAdded"}')""");
        await QueryAsync(world, $$"""SELECT pg_notify('{{PostgresChatEvents.Channel}}', '{"kind": "Exploded", "agentId": "{{TestWorld.Atlas}}"}')""");
        var chatEvent = new ChatEvent(ChatEventKind.MessageAdded, TestWorld.Atlas, Guid.NewGuid(), TestWorld.Creator, null, "web", false,
            ListedIn.Nowhere, new ListedIn(Mine: true, All: true), Guid.NewGuid());
        await world.Services.GetRequiredService<IChatEvents>().PublishAsync(chatEvent, CancellationToken.None);

        await events.WaitForAsync(e => e == chatEvent);
        Assert.Equal([chatEvent], events.Heard);
    }

    [PostgresFact]
    public async Task Disposing_a_server_closes_its_listening_connection()
    {
        await using var world = await ClawithAppFactory.CreateAsync();
        var second = SecondServer(world);
        Assert.Single(await ListenerPidsAsync(world, SecondName));

        await second.DisposeAsync();

        await Eventually.HoldsAsync(async () => (await ListenerPidsAsync(world, SecondName)).Count == 0, "the second server's listener to close", seconds: 10);
        Assert.Single(await ListenerPidsAsync(world));
    }

    /// <summary>A second, started app on the same database, told apart in pg_stat_activity by its application name.</summary>
    private static WebApplicationFactory<Program> SecondServer(ClawithAppFactory world)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(world.DatabaseConnectionString) { ApplicationName = SecondName }.ToString();
        var second = world.WithWebHostBuilder(host => host.UseSetting("ConnectionStrings:Clawith", connectionString));
        _ = second.Server; // starts it, and with it its listener
        return second;
    }

    private static async Task<List<int>> ListenerPidsAsync(ClawithAppFactory world, string? applicationName = null)
    {
        var rows = await QueryAsync(world, $"""
            SELECT pid FROM pg_stat_activity
            WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()
              AND ({(applicationName is null ? "TRUE" : $"application_name = '{applicationName}'")})
            """);
        return [.. rows.Select(int.Parse)];
    }

    private static Task<List<string>> QueryAsync(ClawithAppFactory world, string sql) =>
        PostgresTestDatabase.QueryAsync(world.DatabaseConnectionString, sql);
}
