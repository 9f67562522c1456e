using System.Globalization;
using Clawith.Graph.Bench.Scenarios;

namespace Clawith.Graph.Bench.Report;

/// <summary>The issue's search targets (§3): median latency with one client on SQLite with its index, and readings.</summary>
public static class SearchTargets
{
    private static readonly (string Label, double Milliseconds)[] Bounds =
    [
        (SearchScenarios.RareWord, 20),
        (SearchScenarios.ChinesePhrase, 20),
        (SearchScenarios.CommonWord, 100),
    ];

    public static IEnumerable<Target> Judge(IReadOnlyList<ScenarioResult> results, IReadOnlyList<int> clients)
    {
        ScenarioResult? Of(string label) => results.SingleOrDefault(r => r.Scenario.Name == SearchScenarios.NameOf(label));
        var one = clients.Min();
        foreach (var (label, bound) in Bounds)
        {
            if (Of(label) is { } result)
                yield return new Target($"(s) search p50 ≤ {bound:0} ms, {label}, {one} client(s)", $"{Ms(result.At(one).P50Milliseconds)} ms", result.At(one).P50Milliseconds <= bound);
        }
        foreach (var label in new[] { SearchScenarios.TwoCharacters, SearchScenarios.TwoCharacterMiss, "a miss" })
        {
            if (Of(label) is { } result)
                yield return new Target($"(s) search p50, {label}, {one} client(s)", $"{Ms(result.At(one).P50Milliseconds)} ms", null);
        }
        var searches = results.Where(r => r.Scenario.Key == SearchScenarios.Key).ToList();
        if (searches.Count > 0)
        {
            yield return new Target("(s) SQL commands per search request (at most: the caller, the agent, two search statements, the sessions)",
                string.Join(" / ", searches.Select(r => r.Cost.SqlCommands.ToString("0.#", CultureInfo.InvariantCulture))), searches.All(r => r.Cost.SqlCommands <= 5));
            var sidebar = results.Where(r => r.Scenario.Key == "a").Select(r => r.Loads.Max(l => l.PeakPrivateBytes)).DefaultIfEmpty(0).Max();
            var search = searches.Max(r => r.Loads.Max(l => l.PeakPrivateBytes));
            yield return new Target("(s) peak private memory of the searches against the sidebar's (a), whole process, MiB",
                $"{search / 1048576.0:N0} / {sidebar / 1048576.0:N0}", null);
        }
    }

    private static string Ms(double value) => value.ToString(value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);
}
