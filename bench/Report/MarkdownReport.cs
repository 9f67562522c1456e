using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text;

namespace Clawith.Graph.Bench.Report;

/// <summary>The results table, the targets and the machine, as Markdown for docs/BENCHMARKS.md.</summary>
public static class MarkdownReport
{
    public const string Begin = "<!-- results:begin (written by the benchmark; edits here are overwritten) -->";
    public const string End = "<!-- results:end -->";

    public static string Render(IReadOnlyList<ScenarioResult> results, IReadOnlyList<Target> targets, BenchOptions options, string commandLine, long databaseBytes)
    {
        var text = new StringBuilder();
        var clients = options.Clients;
        text.AppendLine(CultureInfo.InvariantCulture, $"Run on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC with `{commandLine}`.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {Machine()}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"- Database: SQLite, {databaseBytes / 1048576.0:N0} MiB; agents with {string.Join(", ", options.AgentSizes.Select(n => n.ToString("N0", CultureInfo.InvariantCulture)))} sessions; {options.Messages:N0} messages in all, one session with {options.LongSession:N0} and one with {options.ShortSession:N0}.");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"- Each cell: {options.Duration.TotalSeconds:0.#} s measured in {options.Rounds} rounds over every cell in turn (each after {options.Warmup.TotalSeconds:0.#} s of warm-up), the median round counting; clients are closed loops on keep-alive connections over loopback.");
        text.AppendLine();

        var head = new StringBuilder("| scenario | data |");
        var rule = new StringBuilder("|---|---|");
        foreach (var n in clients)
        {
            head.Append(CultureInfo.InvariantCulture, $" req/s ({n}) | p50 ms ({n}) | p99 ms ({n}) |");
            rule.Append("---:|---:|---:|");
        }
        head.Append(" SQL / req | KiB allocated / req | KiB answered | peak private memory MiB (" + string.Join(" / ", clients) + ") |");
        rule.Append("---:|---:|---:|---:|");
        text.AppendLine(head.ToString()).AppendLine(rule.ToString());
        foreach (var result in results)
        {
            var row = new StringBuilder().Append(CultureInfo.InvariantCulture, $"| {result.Scenario.Name} | {result.Scenario.SizeLabel} |");
            foreach (var n in clients)
            {
                var load = result.At(n);
                row.Append(CultureInfo.InvariantCulture, $" {load.RequestsPerSecond:N0} | {Milliseconds(load.P50Milliseconds)} | {Milliseconds(load.P99Milliseconds)} |");
            }
            row.Append(CultureInfo.InvariantCulture,
                $" {result.Cost.SqlCommands:0.#} | {result.Cost.AllocatedBytes / 1024:N0} | {result.Cost.ResponseBytes / 1024:N1} | {string.Join(" / ", clients.Select(n => (result.At(n).PeakPrivateBytes / 1048576.0).ToString("N0", CultureInfo.InvariantCulture)))} |");
            text.AppendLine(row.ToString());
        }
        text.AppendLine();
        text.AppendLine("| target | measured | holds |").AppendLine("|---|---|---|");
        foreach (var target in targets)
            text.AppendLine(CultureInfo.InvariantCulture, $"| {target.Claim} | {target.Measured} | {target.Holds switch { true => "yes", false => "**no**", null => "(reading)" }} |");
        return text.ToString();
    }

    /// <summary>Replaces the results section of a Markdown file (between the markers), creating either when missing.</summary>
    public static void WriteInto(string path, string section)
    {
        var existing = File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n\n";
        var begin = existing.IndexOf(Begin, StringComparison.Ordinal);
        var end = existing.IndexOf(End, StringComparison.Ordinal);
        var block = $"{Begin}\n{section}{End}";
        var updated = begin >= 0 && end > begin
            ? existing[..begin] + block + existing[(end + End.Length)..]
            : existing.TrimEnd() + "\n\n" + block + "\n";
        File.WriteAllText(path, updated);
    }

    private static string Milliseconds(double value) => value.ToString(value < 10 ? "0.00" : value < 100 ? "0.0" : "N0", CultureInfo.InvariantCulture);

    private static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0;
        return $"{cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} cores, {memory:N0} GiB; " +
            $"{RuntimeInformation.OSDescription}; .NET {Environment.Version}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, Release build";
    }
}
