using Clawith.Graph.Server.Limits;
using GraphQL;
using GraphQL.Transport;

namespace Clawith.Graph.Server.Persisted;

/// <summary>The text of the document a request runs, and whether it is one of the manifest's trusted documents.</summary>
public sealed record OperationText(string Text, bool Trusted);

/// <summary>
/// Which document a request runs, whatever the transport: the <c>query</c> it sends; a trusted document of
/// the manifest by its <c>documentId</c> (the GraphQL-over-HTTP persisted-documents draft); or an automatic
/// persisted query (Apollo's) by its hash, its text stored once a request brings both and the hash proves
/// to be the text's. With <c>OnlyPersisted</c> on, only the manifest's documents run (sent by id, by hash or
/// as their exact text) and nothing new is stored.
/// </summary>
public sealed class OperationTexts(
    PersistedDocumentManifest manifest, AutomaticPersistedQueries automatic, PersistedDocumentsOptions options, GraphLimitsOptions limits)
{
    public (OperationText? Text, ExecutionError? Refusal) Of(GraphQLRequest request)
    {
        var query = string.IsNullOrWhiteSpace(request.Query) ? null : request.Query;
        if (request.DocumentId is { } documentId)
        {
            if (query is not null)
                return Refused(PersistedErrors.QueryAndDocumentId());
            return manifest.Find(documentId) is { } document ? Trusted(document) : Refused(PersistedErrors.DocumentNotFound(documentId));
        }
        var (asked, hash) = PersistedQueryExtension.Read(request.Extensions);
        if (asked && hash is null)
            return Refused(PersistedErrors.MalformedPersistedQuery());
        if (query is null)
        {
            if (hash is null)
                return Refused(PersistedErrors.NoQuery());
            if (manifest.Find(hash) is { } trusted)
                return Trusted(trusted);
            return !options.OnlyPersisted && automatic.Find(hash) is { } stored ? Sent(stored) : Refused(PersistedErrors.QueryNotFound());
        }
        if (hash is not null && hash != DocumentHash.Of(query))
            return Refused(PersistedErrors.HashMismatch());
        if (manifest.Holds(query))
            return Trusted(query);
        if (options.OnlyPersisted)
            return Refused(PersistedErrors.DocumentRequired());
        // A text over the document limit is refused as it would be sent alone: it is not worth a place.
        if (hash is not null && query.Length <= limits.MaxDocumentLength)
            automatic.Store(hash, query);
        return Sent(query);
    }

    private static (OperationText?, ExecutionError?) Trusted(string text) => (new OperationText(text, Trusted: true), null);

    private static (OperationText?, ExecutionError?) Sent(string text) => (new OperationText(text, Trusted: false), null);

    private static (OperationText?, ExecutionError?) Refused(ExecutionError refusal) => (null, refusal);
}
