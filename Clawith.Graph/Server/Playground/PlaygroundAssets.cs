using Microsoft.Extensions.FileProviders;

namespace Clawith.Graph.Server.Playground;

/// <summary>
/// Where Banana Cake Pop's files come from: by default the ones the build embedded in this assembly.
/// A test (or a host) registers another source, e.g. <see cref="NullFileProvider"/> for a machine without them.
/// </summary>
public sealed class PlaygroundAssets(IFileProvider files)
{
    /// <summary>The IDE's page; everything else it loads is relative to it.</summary>
    public const string IndexFile = "index.html";

    public IFileProvider Files => files;

    /// <summary>False when the build could not get the npm package (no Node.js): the help page stands in.</summary>
    public bool HasIde => files.GetFileInfo(IndexFile).Exists;

    public static PlaygroundAssets Embedded() => new(new EmbeddedPlaygroundFiles(typeof(PlaygroundAssets).Assembly));
}
