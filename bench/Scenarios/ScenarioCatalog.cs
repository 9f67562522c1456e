using System.Text.Json.Nodes;
using Clawith.Graph.Bench.Data;
using Clawith.Graph.Bench.Hosting;
using Clawith.Graph.Bench.Load;

namespace Clawith.Graph.Bench.Scenarios;

/// <summary>
/// Builds every scenario and checks what each answers before anything is timed: both floors answer
/// exactly the GraphQL sidebar's JSON, Clawith's REST module's pattern exactly the REST route's, the sidebar is the
/// REST list's first page, the filtered sidebar is the REST list filtered in memory, and each history page
/// holds 50 messages and leads to the one before.
/// </summary>
public sealed class ScenarioCatalog(BenchWorld world, BenchOptions options, ClawithServer clawith, BaselineServer baselines)
{
    private readonly string _token = clawith.TokenFor(world.AdminId);

    public List<Scenario> Build()
    {
        var scenarios = new List<Scenario>();
        foreach (var agent in world.Agents)
            scenarios.AddRange(Listings(agent));
        scenarios.Add(History(world.ShortSessionId, options.ShortSession));
        scenarios.Add(History(world.LongSessionId, options.LongSession));
        scenarios.AddRange(new SearchScenarios(world, options, clawith, _token).Build());
        return scenarios;
    }

    private IEnumerable<Scenario> Listings(BenchAgent agent)
    {
        var label = $"N = {agent.Sessions:N0}";
        var id = agent.Id.ToString();
        var sidebar = new Scenario("a", "(a) GraphQL sidebar, first 50", agent.Sessions, label, clawith.Address,
            [HttpRequests.GraphQL(clawith.Address, _token, Operations.Sidebar, new { agentId = id })], clawith.Sql);
        var rest = new Scenario("b", "(b) REST list (every session)", agent.Sessions, label, clawith.Address,
            [HttpRequests.Get(clawith.Address, $"/api/agents/{id}/sessions?scope=all", _token)], clawith.Sql);
        var floor = new Scenario("c", "(c) floor: one hand-written SQL, first 50", agent.Sessions, label, baselines.Address,
            [HttpRequests.Get(baselines.Address, $"/floor/agents/{id}/sessions")], baselines.Sql);
        var checkedFloor = new Scenario("f", "(f) floor with Clawith's checks: token, caller, agent access, then (c)", agent.Sessions, label, baselines.Address,
            [HttpRequests.Get(baselines.Address, $"/checked-floor/agents/{id}/sessions", _token)], baselines.Sql);
        var seed = new Scenario("d", "(d) seed's pattern, 1 + 2N queries (every session)", agent.Sessions, label, baselines.Address,
            [HttpRequests.Get(baselines.Address, $"/seed/agents/{id}/sessions")], baselines.Sql);
        var filtered = new Scenario("g", "(g) GraphQL sidebar filtered: title, channels, last week", agent.Sessions, label, clawith.Address,
            [HttpRequests.GraphQL(clawith.Address, _token, Operations.FilteredSidebar, new { agentId = id, word = Operations.FilteredWord, channels = Operations.FilteredChannels, since = Operations.LastWeek.ToString("O") })], clawith.Sql);

        var sidebarJson = Answer(sidebar);
        var restJson = Answer(rest);
        var nodes = sidebarJson["data"]!["sessions"]!["nodes"]!.AsArray();
        var listed = restJson.AsArray();
        Require(sidebarJson["errors"] is null && nodes.Count == Math.Min(50, listed.Count) && listed.Count > 0,
            $"{label}: the sidebar lists {nodes.Count} sessions and REST {listed.Count}");
        Require(nodes.Select(n => (string?)n!["id"]).SequenceEqual(listed.Take(50).Select(s => (string?)s!["id"])),
            $"{label}: the sidebar is not the REST list's first page");
        Require(JsonNode.DeepEquals(Answer(floor), sidebarJson), $"{label}: the floor's JSON differs from the GraphQL sidebar's");
        Require(JsonNode.DeepEquals(Answer(checkedFloor), sidebarJson), $"{label}: the checked floor's JSON differs from the GraphQL sidebar's");
        Require(JsonNode.DeepEquals(Answer(seed), restJson), $"{label}: the seed pattern's JSON differs from the REST route's");
        var filteredJson = Answer(filtered);
        var expected = listed.Where(s => ((string)s!["title"]!).Contains(Operations.FilteredWord, StringComparison.OrdinalIgnoreCase)
                && Operations.FilteredChannels.Contains((string)s["source_channel"]!)
                && s["last_message_at"] is { } last && DateTime.Parse((string)last!, null, System.Globalization.DateTimeStyles.AdjustToUniversal) >= Operations.LastWeek)
            .Select(s => (string?)s!["id"]).ToList();
        // The filtered page is compared with (a)'s full one: say how much of a page it holds.
        Console.WriteLine($"(g) at {label}: {expected.Count:N0} sessions match, the page lists {Math.Min(50, expected.Count)}");
        Require(filteredJson["errors"] is null && filteredJson["data"]!["sessions"]!["nodes"]!.AsArray().Select(n => (string?)n!["id"]).SequenceEqual(expected.Take(50)),
            $"{label}: the filtered sidebar is not the REST list filtered: {filteredJson.ToJsonString()[..Math.Min(300, filteredJson.ToJsonString().Length)]}");
        return [sidebar, rest, floor, checkedFloor, seed, filtered];
    }

    /// <summary>Walks the session's history once to learn each page's cursor, then replays those 11 requests.</summary>
    private Scenario History(Guid sessionId, int size)
    {
        var variables = new { agentId = world.Largest.Id.ToString(), id = sessionId.ToString(), before = (string?)null };
        var requests = new List<byte[]>();
        using var connection = new RawHttpConnection(clawith.Address);
        for (var page = 0; page <= Operations.HistoryPagesBack; page++)
        {
            var request = HttpRequests.GraphQL(clawith.Address, _token, Operations.History, variables);
            connection.Exchange(request);
            var answer = connection.BodyText;
            var messages = JsonNode.Parse(answer)!["data"]?["session"]?["messages"];
            Require(messages?["nodes"]?.AsArray().Count == Operations.HistoryPageSize && (bool)messages["pageInfo"]!["hasPreviousPage"]!,
                $"history page {page} of {sessionId}: {answer[..Math.Min(300, answer.Length)]}");
            requests.Add(request);
            variables = variables with { before = (string?)messages!["pageInfo"]!["startCursor"] };
        }
        return new Scenario("e", $"(e) GraphQL history: latest {Operations.HistoryPageSize}, then {Operations.HistoryPagesBack} pages back",
            size, $"{size:N0} messages", clawith.Address, requests, clawith.Sql);
    }

    private static JsonNode Answer(Scenario scenario)
    {
        using var connection = new RawHttpConnection(scenario.Server);
        return JsonNode.Parse(LoadRunner.Cycle(scenario, connection)[0])!;
    }

    private static void Require(bool condition, string problem)
    {
        if (!condition)
            throw new InvalidOperationException($"Before timing: {problem}.");
    }
}
