namespace Clawith.Graph.Server.Persisted;

/// <summary>The stable <c>extensions.code</c> of the persisted-operation refusals a client reacts to.</summary>
public static class PersistedCodes
{
    /// <summary>Apollo's: an automatic persisted query's hash this server does not hold; its link then sends the text.</summary>
    public const string QueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>A <c>documentId</c> that is not in the manifest: a client built against another manifest.</summary>
    public const string DocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";

    /// <summary>With <c>OnlyPersisted</c> on: an operation that is not in the manifest is never run.</summary>
    public const string DocumentRequired = "PERSISTED_DOCUMENT_REQUIRED";
}
