using Clawith.Graph.Schema.Errors;

namespace Clawith.Graph.Server.Persisted;

/// <summary>Each refusal of a persisted operation: its code and a message that says what to send instead.</summary>
public static class PersistedErrors
{
    /// <summary>
    /// The message is Apollo's exact word: its persisted-queries link resends the text when it reads either
    /// this message or the code (Apollo Client 3 and 4 both check both).
    /// </summary>
    public static CodedExecutionError QueryNotFound() => new(PersistedCodes.QueryNotFound, "PersistedQueryNotFound");

    public static CodedExecutionError DocumentNotFound(string documentId) => new(PersistedCodes.DocumentNotFound,
        $"No persisted document has the id \"{Shortened(documentId)}\": this server's manifest does not hold it.");

    public static CodedExecutionError DocumentRequired() => new(PersistedCodes.DocumentRequired,
        "This server runs only the operations of its persisted-documents manifest: send the operation's documentId.");

    public static MalformedRequestError HashMismatch() =>
        new("The query's SHA-256 is not the persistedQuery's sha256Hash: send the hash of the query's exact text.");

    public static MalformedRequestError MalformedPersistedQuery() =>
        new("extensions.persistedQuery must be an object with version 1 and sha256Hash, the SHA-256 of the query as 64 hex digits.");

    public static MalformedRequestError QueryAndDocumentId() => new("The request gives both query and documentId: send one of them.");

    public static MalformedRequestError NoQuery() => new("The request has no query.");

    /// <summary>An id is echoed to its sender, never at any length.</summary>
    private static string Shortened(string id) => id.Length <= 80 ? id : id[..80] + "…";
}
