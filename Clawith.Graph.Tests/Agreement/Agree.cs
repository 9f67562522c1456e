namespace Clawith.Graph.Tests.Agreement;

/// <summary>The one comparison every agreement test ends in.</summary>
public static class Agree
{
    /// <summary>Asserts REST and GraphQL came to the same outcome, showing both in full when they did not.</summary>
    public static void Same(Outcome rest, Outcome graph, string scenario)
    {
        Assert.True(rest.Lines.SequenceEqual(graph.Lines),
            $"REST and GraphQL disagree on {scenario}.\n--- REST:\n{rest}\n--- GraphQL:\n{graph}");
    }

    /// <summary>The same for outcomes summed up as one line each.</summary>
    public static void Same(string rest, string graph, string scenario) =>
        Assert.True(rest == graph, $"REST and GraphQL disagree on {scenario}.\n--- REST:\n{rest}\n--- GraphQL:\n{graph}");
}
