using System.Globalization;

namespace Clawith.Graph.Bench.Report;

/// <summary>
/// One of the targets: what was measured, against what bound, and whether it holds. A reading
/// without a bound (null) is there to explain the others.
/// </summary>
public sealed record Target(string Claim, string Measured, bool? Holds);

/// <summary>The targets, as ratios of cells measured in the same run.</summary>
public static class Targets
{
    public static List<Target> Judge(IReadOnlyList<ScenarioResult> results, IReadOnlyList<int> clients)
    {
        ScenarioResult Of(string key, int size) => results.Single(r => r.Scenario.Key == key && r.Scenario.Size == size);
        var sizes = results.Where(r => r.Scenario.Key == "a").Select(r => r.Scenario.Size).ToList();
        var histories = results.Where(r => r.Scenario.Key == "e").OrderBy(r => r.Scenario.Size).ToList();
        var targets = new List<Target>();

        foreach (var key in new[] { "a", "b", "c", "f", "e", "g" })
        {
            var counts = results.Where(r => r.Scenario.Key == key).Select(r => r.Cost.SqlCommands).ToList();
            var bound = key is "a" or "g" ? " and at most 6" : "";
            targets.Add(new Target($"({key}) SQL commands per request the same at every size{bound}",
                string.Join(" / ", counts.Select(c => Number(c, 1))), counts.Distinct().Count() == 1 && (bound.Length == 0 || counts[0] <= 6)));
        }
        foreach (var n in clients)
        {
            var ratios = sizes.Select(size => Of("a", size).At(n).RequestsPerSecond / Of("b", size).At(n).RequestsPerSecond).ToList();
            targets.Add(new Target($"(a) throughput ≥ 0.8× (b)'s, {n} client(s), N = {Sizes(sizes)}", Ratios(ratios), ratios.All(r => r >= 0.8)));
        }
        foreach (var n in clients)
        {
            var ratios = sizes.Select(size => Of("a", size).At(n).P50Milliseconds / Of("c", size).At(n).P50Milliseconds).ToList();
            targets.Add(new Target($"(a) median latency ≤ 1.5× the floor (c)'s, {n} client(s), N = {Sizes(sizes)}", Ratios(ratios), ratios.All(r => r <= 1.5)));
        }
        foreach (var n in clients)
        {
            var ratios = sizes.Select(size => Of("a", size).At(n).P50Milliseconds / Of("f", size).At(n).P50Milliseconds).ToList();
            targets.Add(new Target($"(a) median latency against the floor with Clawith's checks (f), {n} client(s), N = {Sizes(sizes)}", Ratios(ratios), null));
        }
        foreach (var n in clients)
        {
            var ratios = sizes.Select(size => Of("g", size).At(n).P50Milliseconds / Of("a", size).At(n).P50Milliseconds).ToList();
            targets.Add(new Target($"(g) filtered sidebar's median latency ≤ 1.5× the unfiltered sidebar (a)'s, {n} client(s), N = {Sizes(sizes)}",
                Ratios(ratios), ratios.All(r => r <= 1.5)));
        }
        if (sizes.Contains(1000))
        {
            foreach (var n in clients)
            {
                var ratio = Of("a", 1000).At(n).RequestsPerSecond / Of("d", 1000).At(n).RequestsPerSecond;
                targets.Add(new Target($"(a) ≥ 10× the throughput of Clawith's REST module's pattern (d) at N = 1,000, {n} client(s)", Ratios([ratio]), ratio >= 10));
            }
        }
        foreach (var n in clients)
        {
            var ratio = histories[^1].At(n).P50Milliseconds / histories[0].At(n).P50Milliseconds;
            targets.Add(new Target($"(e) median latency at {histories[^1].Scenario.SizeLabel} ≤ 1.5× at {histories[0].Scenario.SizeLabel}, {n} client(s)",
                Ratios([ratio]), ratio <= 1.5));
        }
        foreach (var n in clients)
        {
            var ratio = Of("a", sizes[^1]).At(n).P50Milliseconds / Of("a", sizes[0]).At(n).P50Milliseconds;
            targets.Add(new Target($"(a) picks its page in SQL: median latency at N = {sizes[^1]:N0} ≤ 1.5× at N = {sizes[0]:N0}, {n} client(s)",
                Ratios([ratio]), ratio <= 1.5));
        }
        return targets;
    }

    private static string Sizes(IEnumerable<int> sizes) => string.Join(" / ", sizes.Select(s => s.ToString("N0", CultureInfo.InvariantCulture)));

    private static string Ratios(IEnumerable<double> ratios) => string.Join(" / ", ratios.Select(r => Number(r, 2) + "×"));

    private static string Number(double value, int decimals) => value.ToString("N" + decimals, CultureInfo.InvariantCulture);
}
