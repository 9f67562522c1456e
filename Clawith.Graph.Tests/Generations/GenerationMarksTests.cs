using System.Reflection;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Generations;

/// <summary>
/// A test skipped on 251aeba8 because 251aeba8 reverses its rule (<see cref="IReversedOn251aeba8"/>) names the
/// test of 251aeba8's own rule: one in Generations/ that runs there, so no rule goes untested on either generation.
/// </summary>
public sealed class GenerationMarksTests
{
    [Fact]
    public void Every_reversed_rule_names_a_test_of_251aeba8s_own_rule_that_runs_there()
    {
        var marks = typeof(GenerationMarksTests).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods())
            .SelectMany(method => method.GetCustomAttributes().OfType<IReversedOn251aeba8>().Select(mark => (method, mark)))
            .ToList();

        var wrong = marks.Where(m => !NamesATestOf251aeba8(m.mark))
            .Select(m => $"{m.method.DeclaringType!.Name}.{m.method.Name} -> {m.mark.RuleTest?.Name}.{m.mark.RuleTestName} ({m.mark.Reason})")
            .ToList();

        Assert.NotEmpty(marks);
        Assert.Empty(wrong);
        Assert.All(marks, m => Assert.False(string.IsNullOrWhiteSpace(m.mark.Reason)));
    }

    /// <summary>The test the mark names runs on 251aeba8; a mark with a reason alone names a class of Generations/ in it.</summary>
    private static bool NamesATestOf251aeba8(IReversedOn251aeba8 mark) =>
        mark.RuleTest is { } type
            ? type.Namespace == Here && type.GetMethod(mark.RuleTestName ?? "") is { } test
                && test.GetCustomAttributes<FactAttribute>().Any(fact => fact is not (Fact225b36fdAttribute or Theory225b36fdAttribute))
            : typeof(GenerationMarksTests).Assembly.GetTypes().Any(t => t.Namespace == Here && t.Name.EndsWith("Tests", StringComparison.Ordinal)
                && mark.Reason.Contains(t.Name, StringComparison.Ordinal));

    private static readonly string Here = typeof(GenerationMarksTests).Namespace!;
}
