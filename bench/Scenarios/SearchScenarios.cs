using System.Text.Json.Nodes;
using Clawith.Graph.Bench.Data;
using Clawith.Graph.Bench.Hosting;
using Clawith.Graph.Bench.Load;
using Clawith.Graph.Data.Statements;

namespace Clawith.Graph.Bench.Scenarios;

/// <summary>
/// (s) Searches over the whole database, as an admin over the largest agent's ALL scope (nine in ten of the
/// messages): a common word, a rare one, a Chinese phrase, a miss, and two-character texts, which the
/// trigram index cannot serve (a bounded scan). Each answer is checked before timing: hits hold the text,
/// newest first, and a miss holds none.
/// </summary>
public sealed class SearchScenarios(BenchWorld world, BenchOptions options, ClawithServer clawith, string token)
{
    public const string Key = "s";

    /// <summary>The searches: their label in the table, the text, and whether hits are expected.</summary>
    public static readonly (string Label, string Text, bool Hits)[] Searches =
    [
        (CommonWord, "deploy", true),
        (RareWord, MessageContent.RareWord.ToLowerInvariant(), true),
        (ChinesePhrase, "预算审查", true),
        ("a miss", "xylophone", false),
        (TwoCharacters, "会议", true),
        (TwoCharacterMiss, "鲸鱼", false),
    ];

    public const string CommonWord = "a common word";
    public const string RareWord = "a rare word";
    public const string ChinesePhrase = "a Chinese phrase";
    public const string TwoCharacters = "a two-character Chinese word (scan)";
    public const string TwoCharacterMiss = "a two-character miss (a whole scan window)";

    public static string NameOf(string label) => $"(s) GraphQL search, first 20: {label}";

    public IEnumerable<Scenario> Build()
    {
        foreach (var (label, text, hits) in Searches)
        {
            var scenario = new Scenario(Key, NameOf(label), options.Messages, $"'{text}'", clawith.Address,
                [HttpRequests.GraphQL(clawith.Address, token, Operations.Search, new { agentId = world.Largest.Id.ToString(), text })], clawith.Sql);
            Check(scenario, text, hits);
            yield return scenario;
        }
    }

    private static void Check(Scenario scenario, string text, bool hits)
    {
        using var connection = new RawHttpConnection(scenario.Server);
        var answer = JsonNode.Parse(LoadRunner.Cycle(scenario, connection)[0])!;
        var search = answer["data"]?["search"] ?? throw new InvalidOperationException($"Before timing: search '{text}' failed: {answer.ToJsonString()[..300]}");
        var edges = search["edges"]!.AsArray();
        var contents = edges.Select(e => (string)e!["node"]!["message"]!["content"]!).ToList();
        var times = edges.Select(e => (string?)e!["node"]!["message"]!["createdAt"]).ToList();
        if (hits != (edges.Count > 0) || !contents.All(c => TextFolding.Fold(c).Contains(TextFolding.Fold(text), StringComparison.Ordinal))
            || !times.SequenceEqual(times.OrderByDescending(t => t, StringComparer.Ordinal)))
            throw new InvalidOperationException($"Before timing: search '{text}' answered {edges.Count} hits, not as expected: {answer.ToJsonString()[..Math.Min(600, answer.ToJsonString().Length)]}");
    }
}
