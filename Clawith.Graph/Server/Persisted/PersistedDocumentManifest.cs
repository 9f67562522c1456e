using System.Text.Json;

namespace Clawith.Graph.Server.Persisted;

/// <summary>
/// The trusted documents, read once at start from the manifest file: a JSON object of document ids and
/// texts, as client-preset writes it. An id names its document by the SHA-256 of its text
/// (<c>sha256:&lt;hex&gt;</c>, or the 64 digits alone), or is any other string the manifest's writer chose.
/// A SHA-256 id that is not its document's hash stops the server at start: a client and the server would
/// disagree about what that id runs.
/// </summary>
public sealed class PersistedDocumentManifest
{
    private readonly Dictionary<string, string> _byId;
    private readonly HashSet<string> _documents;

    private PersistedDocumentManifest(Dictionary<string, string> byId)
    {
        _byId = byId;
        _documents = new HashSet<string>(byId.Values, StringComparer.Ordinal);
    }

    public static readonly PersistedDocumentManifest None = new([]);

    public int Count => _byId.Count;

    /// <summary>The document an id (or a bare SHA-256, with or without its prefix) names; null when the manifest has none.</summary>
    public string? Find(string id) => _byId.GetValueOrDefault(DocumentHash.Named(id) ?? id);

    /// <summary>Whether <paramref name="text"/> is exactly one of the manifest's documents.</summary>
    public bool Holds(string text) => _documents.Contains(text);

    public static PersistedDocumentManifest Load(string path)
    {
        const string key = $"{PersistedDocumentsOptions.Section}:{nameof(PersistedDocumentsOptions.Manifest)}";
        Dictionary<string, string>? entries;
        try
        {
            entries = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new InvalidOperationException($"{key}: {path} could not be read as a persisted-documents manifest ({exception.Message}).", exception);
        }
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, document) in entries ?? [])
        {
            if (string.IsNullOrWhiteSpace(document))
                throw new InvalidOperationException($"{key}: {path} gives no document for \"{id}\".");
            var hash = DocumentHash.Named(id);
            if (hash is not null && hash != DocumentHash.Of(document))
                throw new InvalidOperationException($"{key}: in {path}, \"{id}\" is not the SHA-256 of its document.");
            byId[hash ?? id] = document;
        }
        return new PersistedDocumentManifest(byId);
    }
}
