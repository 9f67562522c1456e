using System.Reflection;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Generations;

/// <summary>
/// Every rule of RULES.md (Clawith 251aeba8) that concerns sessions and messages is asserted by a test that runs on
/// 251aeba8, named by its <see cref="RuleAttribute"/>. It reads attributes only, so it holds on either generation.
/// </summary>
public sealed class RuleCoverageTests
{
    /// <summary>
    /// The ids of RULES.md's sections 1–9 (../shared/clawith-head/RULES.md, copied here: a clean clone has no
    /// shared folder). Sections 7–9 have no numbered rules: "§7" mark-as-read, "§8" primary sessions, "§9" session types.
    /// </summary>
    private static readonly string[] Rules =
    [
        "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10", "A11",
        "L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9", "L10",
        "C1", "C2", "C3", "C4", "C5", "C6",
        "R1", "R2", "R3",
        "D1", "D2", "D3", "D4", "D5",
        "M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9", "M10",
        "§7", "§8", "§9",
    ];

    private static readonly List<(MethodInfo Test, string Rule)> Tags = [.. typeof(RuleCoverageTests).Assembly.GetTypes()
        .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        .SelectMany(method => method.GetCustomAttributes<RuleAttribute>().SelectMany(tag => tag.Ids).Select(rule => (method, rule)))];

    [Fact]
    public void Every_rule_of_sessions_and_messages_is_asserted_by_a_test_that_runs_on_251aeba8()
    {
        var tested = Tags.Where(tag => RunsOn251aeba8(tag.Test)).Select(tag => tag.Rule).ToHashSet();

        var untested = Rules.Where(rule => !tested.Contains(rule)).ToList();

        Assert.True(untested.Count == 0, $"No test that runs on 251aeba8 asserts {string.Join(", ", untested)}.");
    }

    [Fact]
    public void Every_tag_names_a_rule_of_the_list_on_a_test_that_runs_on_251aeba8()
    {
        var unknown = Tags.Where(tag => !Rules.Contains(tag.Rule)).Select(Describe).ToList();
        var offGeneration = Tags.Where(tag => !RunsOn251aeba8(tag.Test)).Select(Describe).ToList();

        Assert.True(unknown.Count == 0, $"Tags of rules RULES.md does not have: {string.Join("; ", unknown)}.");
        Assert.True(offGeneration.Count == 0, $"Tags on methods that are no test running on 251aeba8: {string.Join("; ", offGeneration)}.");
    }

    /// <summary>A test (fact or theory) without a 225b36fd-only mark runs on 251aeba8 (TestGeneration.cs).</summary>
    private static bool RunsOn251aeba8(MethodInfo method) =>
        method.GetCustomAttributes<FactAttribute>().Any(fact => fact is not (Fact225b36fdAttribute or Theory225b36fdAttribute));

    private static string Describe((MethodInfo Test, string Rule) tag) => $"{tag.Test.DeclaringType!.Name}.{tag.Test.Name} [{tag.Rule}]";
}
