namespace Clawith.Graph.Tests.Playground;

/// <summary>A test that needs Banana Cake Pop's files built into the app: see <see cref="SkipReasons.NoIde"/>.</summary>
public sealed class PlaygroundFactAttribute : FactAttribute
{
    public PlaygroundFactAttribute() => Skip = SkipReasons.NoIde;
}

/// <summary>A theory that needs Banana Cake Pop's files built into the app: see <see cref="SkipReasons.NoIde"/>.</summary>
public sealed class PlaygroundTheoryAttribute : TheoryAttribute
{
    public PlaygroundTheoryAttribute() => Skip = SkipReasons.NoIde;
}
