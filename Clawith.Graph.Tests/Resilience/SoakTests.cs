using System.Diagnostics;
using Clawith.Graph.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Clawith.Graph.Tests.Resilience;

/// <summary>
/// Eight clients at once, 500 mixed calls each over HTTP — create, rename, delete, read and list,
/// through GraphQL and REST at random — on the suite's database (SQLite, or PostgreSQL in that run).
/// </summary>
public sealed class SoakTests(ITestOutputHelper output)
{
    private const int Clients = 8;
    private const int OperationsPerClient = 500;
    private const int Seed = 20260501;

    [Fact]
    public async Task Concurrent_clients_get_no_5xx_and_the_database_ends_as_they_were_told()
    {
        await using var world = await ClawithAppFactory.CreateAsync();
        var failures = new TransientFailureCounter();
        await using var server = ServerUnderTest.On(world, failures);
        var recorder = new SoakRecorder();
        var clients = await SoakWorld.ClientsAsync(world, [server], recorder, Clients, Seed);

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select(client => Task.Run(() => client.RunAsync(OperationsPerClient))));
        clock.Stop();

        output.WriteLine(recorder.Figures(
            $"Soak on {TestDatabase.Provider}: {Clients} clients × {OperationsPerClient} operations (seed {Seed})", clock.Elapsed, failures.Count));
        Assert.Empty(recorder.Problems);
        Assert.Empty(recorder.ServerErrors);
        Assert.Equal(Clients * OperationsPerClient, recorder.Acknowledged);
        var (alive, deleted) = await NothingLost.AssertAsync(world, clients);
        output.WriteLine($"  ledger checked against the tables: {alive} sessions alive, {deleted} deleted with their messages");
        await using var db = await world.NewDbContextAsync();
        await DatabaseIntegrity.AssertSoundAsync(db);
    }
}
