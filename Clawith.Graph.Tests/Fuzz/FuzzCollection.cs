namespace Clawith.Graph.Tests.Fuzz;

/// <summary>The fuzz test runs alone, after the rest: its memory samples and deadlines then measure only itself.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FuzzCollection
{
    public const string Name = "Fuzz";
}
