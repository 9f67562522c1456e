using Clawith.Graph.Bench;
using Clawith.Graph.Bench.Data;
using Clawith.Graph.Bench.Hosting;
using Clawith.Graph.Bench.Load;
using Clawith.Graph.Bench.Report;
using Clawith.Graph.Bench.Scenarios;
using Clawith.Graph.Data.Sqlite;

namespace Clawith.Graph.Bench;

/// <summary>
/// The benchmark, start to end: a database of the asked-for size, the real server and the baselines on
/// loopback, every scenario checked, then measured (per-request costs, then each concurrency level),
/// and the table written into docs/BENCHMARKS.md. See BenchOptions.Usage for the options.
/// </summary>
/// <remarks>Not top-level statements: the server's own Program class is referenced by name.</remarks>
internal static class Benchmark
{
    private static readonly TimeSpan SettleAtMost = TimeSpan.FromSeconds(20);

    public static async Task<int> Main(string[] args)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException problem)
        {
            Console.Error.WriteLine(problem.Message);
            return 64;
        }

        // As the server's process does before its first connection (the benchmark opens some before the server starts).
        SqliteLibrarySettings.ApplyOnce();
        var database = BenchDatabase.For(options);
        var world = BenchWorld.For(options);
        database.DiscardIfIncomplete();
        await using var clawith = ClawithServer.Start(database.ConnectionString); // creates the tables of a new file
        if (!database.IsComplete)
            await database.FillAsync(world, options);
        await using var baselines = await BaselineServer.StartAsync(database.ConnectionString, clawith.ConnectionSetup, world.AdminId, ClawithServer.SecretKey);
        Console.WriteLine($"Server {clawith.Address}, baselines {baselines.Address}, database {database.Path}");

        var scenarios = new ScenarioCatalog(world, options, clawith, baselines).Build().Where(s => options.Only.Contains(s.Key)).ToList();
        Console.WriteLine($"{scenarios.Count} scenarios answer as they should; measuring.");
        // The JIT's tiers settle on a path only after thousands of calls: every scenario runs until its
        // time per request stops falling before any is measured.
        foreach (var scenario in scenarios)
        {
            var settled = LoadRunner.Settle(scenario, options.Smoke ? options.Warmup : SettleAtMost);
            Console.WriteLine($"{scenario.Name,-58} {scenario.SizeLabel,-18} settled in {settled.TotalSeconds:0.#} s");
        }
        // The machine's speed drifts over minutes, and the targets are ratios between cells: every cell
        // is measured in rounds, all cells in turn, and counts the median of its rounds.
        var costs = scenarios.Select(LoadRunner.Probe).ToList();
        var rounds = scenarios.Select(_ => options.Clients.Select(_ => new List<LoadResult>()).ToList()).ToList();
        for (var round = 0; round < options.Rounds; round++)
            for (var s = 0; s < scenarios.Count; s++)
                for (var c = 0; c < options.Clients.Count; c++)
                    rounds[s][c].Add(LoadRunner.Run(scenarios[s], options.Clients[c], options.Warmup, options.Duration / options.Rounds));
        var results = scenarios.Select((scenario, s) => new ScenarioResult(scenario, costs[s], rounds[s].Select(LoadResult.MedianOf).ToList())).ToList();
        foreach (var (scenario, cost, loads) in results)
            Console.WriteLine($"{scenario.Name,-58} {scenario.SizeLabel,-18} {cost.SqlCommands,4:0.#} SQL  " +
                string.Join("  ", loads.Select(l => $"{l.Clients,2}: {l.RequestsPerSecond,8:N0} req/s p50 {l.P50Milliseconds,8:0.00} ms p99 {l.P99Milliseconds,8:0.00} ms peak {l.PeakPrivateBytes / 1048576.0,5:N0} MiB")));

        var failures = results.Sum(r => r.Loads.Sum(l => l.Failures));
        if (failures > 0)
        {
            Console.Error.WriteLine($"{failures} requests failed under load: no results written.");
            return 1;
        }
        if (!options.IsComplete)
        {
            Console.WriteLine("Every scenario answered correctly under load; a partial run writes nothing and judges no target.");
            return 0;
        }

        var targets = Targets.Judge(results, options.Clients);
        targets.AddRange(SearchTargets.Judge(results, options.Clients));
        var commandLine = "dotnet run -c Release --project bench" + (args.Length > 0 ? " -- " + string.Join(' ', args) : "");
        var section = MarkdownReport.Render(results, targets, options, commandLine, new FileInfo(database.Path).Length);
        MarkdownReport.WriteInto(options.Output, section);
        Console.WriteLine();
        Console.WriteLine(section);
        Console.WriteLine($"Written into {Path.GetFullPath(options.Output)}.");
        return targets.All(t => t.Holds != false) ? 0 : 2;
    }
}
