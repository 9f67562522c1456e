using System.Text.RegularExpressions;
using Clawith.Graph.Server.Playground;

namespace Clawith.Graph.Tests.Playground;

/// <summary>The package's own index.html, as built into the app, and the files it names: the tests read hashed names from it.</summary>
internal static partial class IdePage
{
    public static string Html()
    {
        using var stream = PlaygroundAssets.Embedded().Files.GetFileInfo(PlaygroundAssets.IndexFile).CreateReadStream();
        return new StreamReader(stream).ReadToEnd();
    }

    /// <summary>Every relative script and stylesheet the page loads, e.g. <c>static/js/main.0349187e.js</c>.</summary>
    public static IReadOnlyList<string> StaticFiles() =>
        [.. StaticReference().Matches(Html()).Select(m => m.Groups["path"].Value)];

    public static string MainScript() => StaticFiles().Single(path => path.StartsWith("static/js/main.", StringComparison.Ordinal));

    public static string Stylesheet() => StaticFiles().Single(path => path.EndsWith(".css", StringComparison.Ordinal));

    [GeneratedRegex("""(?:src|href)="(?<path>static/[^"]+)"(?=[^>]*>)""")]
    private static partial Regex StaticReference();
}
