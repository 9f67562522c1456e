namespace Clawith.Graph.Tests.Playground;

/// <summary>A test that drives Debian's headless Chromium and the IDE: see <see cref="SkipReasons.NoBrowser"/>.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = SkipReasons.NoBrowser ?? SkipReasons.NoIde;
}
