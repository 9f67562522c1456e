using System.Text.Json;

namespace Clawith.Graph.Tests.Server;

/// <summary>
/// A persisted-documents manifest in a temporary file, in client-preset's format
/// (<c>{ "sha256:&lt;hash&gt;": "&lt;document&gt;" }</c>), deleted when disposed.
/// </summary>
internal sealed class ManifestFile : IDisposable
{
    private ManifestFile(string path) => Path = path;

    public string Path { get; }

    /// <summary>The client-preset id of a document: <c>sha256:</c> and the hash of its text.</summary>
    public static string IdOf(string document) => $"sha256:{PersistedRequests.Sha256(document)}";

    public static ManifestFile Of(params string[] documents) =>
        Written(documents.ToDictionary(IdOf, document => document));

    public static ManifestFile Written(IReadOnlyDictionary<string, string> entries) => WrittenText(JsonSerializer.Serialize(entries));

    public static ManifestFile WrittenText(string json)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"clawith-manifest-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return new ManifestFile(path);
    }

    public void Dispose() => File.Delete(Path);
}
