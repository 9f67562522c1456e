namespace Clawith.Graph.Tests.Agreement;

/// <summary>The one comparison every agreement test ends in.</summary>
public static class Agree
{
    /// <summary>Asserts REST and GraphQL came to the same outcome, showing both in full when they did not.</summary>
    public static void Same(Outcome rest, Outcome graph, string scenario) =>
        Assert.True(rest.Lines.SequenceEqual(graph.Lines),
            $"REST and GraphQL disagree on {scenario}.\n--- REST:\n{rest}\n--- GraphQL:\n{graph}");

    /// <summary>The same for outcomes summed up as one line each.</summary>
    public static void Same(string rest, string graph, string scenario) =>
        Assert.True(rest == graph, $"REST and GraphQL disagree on {scenario}.\n--- REST:\n{rest}\n--- GraphQL:\n{graph}");

    /// <summary>Asserts every scenario agreed, listing each one that did not.</summary>
    public static void All(IEnumerable<(string Scenario, string RestAnswer, string GraphAnswer)> results)
    {
        var disagreements = results.Where(r => r.RestAnswer != r.GraphAnswer)
            .Select(r => $"{r.Scenario}\n  REST:    {r.RestAnswer}\n  GraphQL: {r.GraphAnswer}").ToList();
        Assert.True(disagreements.Count == 0,
            $"REST and GraphQL disagree on {disagreements.Count} scenario(s):\n{string.Join("\n", disagreements)}");
    }
}
