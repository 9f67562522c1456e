using System.Reflection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Embedded;
using Microsoft.Extensions.Primitives;

namespace Clawith.Graph.Server.Playground;

/// <summary>
/// The IDE's files as the build embedded them: resources named <c>playground/&lt;path in the package&gt;</c>.
/// Embedded rather than copied beside the app so that <c>dotnet run</c> (cwd = repo root), the test host
/// (content root = project folder) and a published app all carry them inside the one assembly, as
/// HotChocolate ships its IDE. The framework's ManifestEmbeddedFileProvider would need an extra
/// package's build targets for its manifest; a name lookup is all this needs.
/// </summary>
internal sealed class EmbeddedPlaygroundFiles : IFileProvider
{
    private const string Prefix = "playground/";

    private readonly Assembly _assembly;
    private readonly Dictionary<string, string> _resourceByPath;
    private readonly DateTimeOffset _lastModified;

    public EmbeddedPlaygroundFiles(Assembly assembly)
    {
        _assembly = assembly;
        // A build on Windows may name the resources with backslashes; requests always use slashes.
        _resourceByPath = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(name => name[Prefix.Length..].Replace('\\', '/'), StringComparer.Ordinal);
        // Static files derive Last-Modified and the ETag from this; the files change only with the assembly.
        _lastModified = string.IsNullOrEmpty(assembly.Location)
            ? DateTimeOffset.UtcNow
            : File.GetLastWriteTimeUtc(assembly.Location);
    }

    public IFileInfo GetFileInfo(string subpath) =>
        _resourceByPath.TryGetValue(subpath.TrimStart('/'), out var resource)
            ? new EmbeddedResourceFileInfo(_assembly, resource, Path.GetFileName(subpath), _lastModified)
            : new NotFoundFileInfo(subpath);

    // The IDE never lists a directory, and nothing here changes while the app runs.
    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;
}
