using System.Globalization;

namespace Clawith.Graph.Bench;

/// <summary>What to build and how long to load it; every option has a default, so the bare command runs the full benchmark.</summary>
public sealed record BenchOptions(
    int Sessions, int Messages, int LongSession, int ShortSession, TimeSpan Warmup, TimeSpan Duration,
    IReadOnlyList<int> Clients, string Output, bool Smoke, string Only = BenchOptions.Everything, int Rounds = 5)
{
    /// <summary>The scenarios (a) to (e), (f), the floor with the contract's checks, (g), issue 19's filtered sidebar, and (s), search.</summary>
    public const string Everything = "abcdefgs";

    public const string Usage = """
        dotnet run -c Release --project bench -- [options]
          --sessions N       sessions of the largest agent (default 10000; the others have 50 and 1000)
          --messages N       messages in the whole database (default 1000000)
          --long-session N   messages in the long history session (default 100000)
          --seconds S        measured seconds per cell (default 5), after --warmup S (default 1)
          --rounds R         the measured seconds are split into R rounds over every cell in turn (default 5)
          --clients 1,16     concurrent clients per cell (default 1,16)
          --out PATH         the Markdown file whose results section is rewritten (default docs/BENCHMARKS.md)
          --only LETTERS     only these scenarios (a to g, s), e.g. --only ac (for profiling); writes nothing, judges nothing
          --smoke            a small database and short cells that check every scenario answers correctly;
                             writes nothing and judges no target
        """;

    /// <summary>Whether this is the whole benchmark, whose table is written and whose targets are judged.</summary>
    public bool IsComplete => !Smoke && Only == Everything;

    public IReadOnlyList<int> AgentSizes => new[] { 50, 1000, Sessions }.Where(n => n <= Sessions).Distinct().Order().ToList();

    public static BenchOptions Parse(string[] args)
    {
        var smoke = args.Contains("--smoke");
        var options = smoke
            ? new BenchOptions(1000, 40_000, 10_000, 1000, TimeSpan.FromSeconds(0.3), TimeSpan.FromSeconds(0.5), [1, 4], "", true, Rounds: 1)
            : new BenchOptions(10_000, 1_000_000, 100_000, 1000, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), [1, 16], "docs/BENCHMARKS.md", false);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--smoke" => options,
                "--sessions" => options with { Sessions = Number(args, ++i) },
                "--messages" => options with { Messages = Number(args, ++i) },
                "--long-session" => options with { LongSession = Number(args, ++i) },
                "--seconds" => options with { Duration = TimeSpan.FromSeconds(Seconds(args, ++i)) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(Seconds(args, ++i)) },
                "--clients" => options with { Clients = Value(args, ++i).Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList() },
                "--out" => options with { Output = Value(args, ++i) },
                "--only" => options with { Only = Value(args, ++i) },
                "--rounds" => options with { Rounds = Math.Max(1, Number(args, ++i)) },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'.\n{Usage}"),
            };
        }
        if (options.Sessions < 50 || options.LongSession < options.ShortSession
            || options.Messages < options.LongSession + options.ShortSession + options.AgentSizes.Sum())
            throw new ArgumentException($"At least 50 sessions, a long session of at least {options.ShortSession} messages, and enough messages for every session.\n{Usage}");
        return options;
    }

    private static string Value(string[] args, int i) =>
        i < args.Length ? args[i] : throw new ArgumentException($"'{args[i - 1]}' needs a value.\n{Usage}");

    private static int Number(string[] args, int i) => int.Parse(Value(args, i), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    private static double Seconds(string[] args, int i) => double.Parse(Value(args, i), CultureInfo.InvariantCulture);
}
