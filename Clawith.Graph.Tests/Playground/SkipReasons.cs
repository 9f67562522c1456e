using Clawith.Graph.Server.Playground;

namespace Clawith.Graph.Tests.Playground;

/// <summary>
/// Why a playground test cannot run on this machine, or null when it can. xunit 2 has no runtime skip,
/// so the attributes set Skip when they are built. Under CI (CI=true) nothing is skipped: .ci/run
/// installs Chromium and the build installs the IDE, so a missing piece must fail the tests instead.
/// </summary>
internal static class SkipReasons
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static bool UnderCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The build leaves the IDE out where npm is missing (the app then shows its help page).</summary>
    public static string? NoIde => UnderCi || PlaygroundAssets.Embedded().HasIde
        ? null
        : "Banana Cake Pop's files are not built into Clawith.Graph (npm was missing at build time): "
          + "run `npm ci --prefix playground` and rebuild.";

    public static string? NoBrowser => UnderCi || File.Exists(ChromiumPath)
        ? null
        : $"No Chromium at {ChromiumPath}: `apt-get install chromium` (as root) to run the browser test.";
}
