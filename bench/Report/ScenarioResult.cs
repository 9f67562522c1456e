using Clawith.Graph.Bench.Load;
using Clawith.Graph.Bench.Scenarios;

namespace Clawith.Graph.Bench.Report;

/// <summary>A scenario's per-request costs and its result at each concurrency level.</summary>
public sealed record ScenarioResult(Scenario Scenario, RequestCost Cost, IReadOnlyList<LoadResult> Loads)
{
    public LoadResult At(int clients) => Loads.Single(l => l.Clients == clients);
}
