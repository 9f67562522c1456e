using Clawith.Graph.Data;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Rest;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit.Abstractions;

namespace Clawith.Graph.Tests.Resilience;

/// <summary>
/// Two servers on one database (one SQLite file; one PostgreSQL database in that run), as when the app
/// is scaled out: whatever one acknowledges, the other reads.
/// </summary>
public sealed class TwoServerTests(ITestOutputHelper output)
{
    /// <summary>Each agent with a caller who lists all its sessions on either generation (Beacon is private to its creator on 251aeba8, A8).</summary>
    private static readonly (Guid Agent, Guid Caller)[] Agents =
        [(TestWorld.Atlas, TestWorld.PlatformAdmin), (TestWorld.Harbor, TestWorld.PlatformAdmin), (TestWorld.Beacon, TestWorld.AgentAdmin)];

    [Fact]
    public async Task A_session_created_renamed_and_deleted_through_one_server_is_seen_so_through_the_other()
    {
        await using var world = await ClawithAppFactory.CreateAsync();
        await using var second = SecondServer(world);
        var one = new SessionApi(SoakWorld.SignedIn(world, world, TestWorld.Creator), TestWorld.Atlas);
        var other = new SessionApi(SoakWorld.SignedIn(world, second, TestWorld.Creator), TestWorld.Atlas);

        foreach (var door in new[] { Door.GraphQL, Door.Rest })
        {
            var created = await one.CreateAsync(door, $"made on the first via {door}");
            Assert.Equal(Ack.Done, created.Ack);
            Assert.Equal($"made on the first via {door}", (await other.ReadAsync(Door.GraphQL, created.Id)).Title);
            Assert.Equal(0, (await other.ReadAsync(Door.Rest, created.Id)).MessageCount);

            Assert.Equal(Ack.Done, (await other.RenameAsync(door, created.Id, $"renamed on the second via {door}")).Ack);
            Assert.Equal($"renamed on the second via {door}", (await one.ReadAsync(Door.GraphQL, created.Id)).Title);
            await WriteUserMessageAsync(world, created.Id);
            Assert.Equal($"renamed on the second via {door}", (await other.ListMineAsync(door)).Listed[created.Id]);
            await AssertSameListingsAsync(world, second);

            Assert.Equal(Ack.Done, (await one.DeleteAsync(door, created.Id)).Ack);
            Assert.Equal(Ack.NotFound, (await other.ReadAsync(Door.GraphQL, created.Id)).Ack);
            Assert.Equal(Ack.NotFound, (await other.ReadAsync(Door.Rest, created.Id)).Ack);
            Assert.Equal(Ack.NotFound, (await other.DeleteAsync(door, created.Id)).Ack);
            Assert.DoesNotContain(created.Id, (await other.ListMineAsync(door)).Listed.Keys);
            await AssertSameListingsAsync(world, second);
        }
    }

    [Fact]
    public async Task Clients_moving_between_two_servers_read_every_write_either_acknowledged()
    {
        await using var world = await ClawithAppFactory.CreateAsync();
        await using var second = SecondServer(world);
        var recorder = new SoakRecorder();
        var clients = await SoakWorld.ClientsAsync(world, [world, second], recorder, count: 8, seed: 11);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await Task.WhenAll(clients.Select(client => Task.Run(() => client.RunAsync(150))));

        output.WriteLine(recorder.Figures($"Two servers on {TestDatabase.Provider}: 8 clients × 150 operations", clock.Elapsed, 0));
        Assert.Empty(recorder.Problems);
        Assert.Empty(recorder.ServerErrors);
        await NothingLost.AssertAsync(world, clients);
        await AssertSameListingsAsync(world, second);
    }

    /// <summary>A second app on the same database, under a connection string of its own so it shares no connection pool with the first.</summary>
    private static WebApplicationFactory<Program> SecondServer(ClawithAppFactory world)
    {
        var connectionString = TestDatabase.Provider == DatabaseProvider.Sqlite
            ? new SqliteConnectionStringBuilder(world.DatabaseConnectionString) { Pooling = false }.ToString()
            : new NpgsqlConnectionStringBuilder(world.DatabaseConnectionString) { ApplicationName = "clawith-graph-second" }.ToString();
        return world.WithWebHostBuilder(host => host.UseSetting("ConnectionStrings:Clawith", connectionString));
    }

    /// <summary>Every agent's whole listing, through the graph and through REST, is the same byte for byte on both servers.</summary>
    private static async Task AssertSameListingsAsync(ClawithAppFactory world, WebApplicationFactory<Program> second)
    {
        const string All = """
            query All($agentId: UUID!) {
              sessions(agentId: $agentId, scope: ALL, first: 500) { totalCount nodes { id title displayName messageCount lastMessageAt } }
            }
            """;
        foreach (var (agentId, caller) in Agents)
        {
            var one = SoakWorld.SignedIn(world, world, caller);
            var other = SoakWorld.SignedIn(world, second, caller);
            var graph = (await one.PostAsync(All, new { agentId })).ShouldSucceed();
            Assert.Equal(graph.Body, (await other.PostAsync(All, new { agentId })).ShouldSucceed().Body);
            var rest = await one.ListAsync(agentId, "all");
            Assert.Equal(200, (int)rest.Status);
            Assert.Equal(rest.Body, (await other.ListAsync(agentId, "all")).Body);
        }
    }

    /// <summary>A message of the session's owner, written as Clawith's backend writes it, so MINE lists the session.</summary>
    private static async Task WriteUserMessageAsync(ClawithAppFactory world, Guid sessionId)
    {
        await using var db = await world.NewDbContextAsync();
        var session = await db.ChatSessions.FindAsync(sessionId);
        new DemoRowWriter(db).Message(session!, Guid.NewGuid(), ChatRole.User, "hello from Clawith", DateTime.UtcNow);
        await db.SaveChangesAsync();
    }
}
