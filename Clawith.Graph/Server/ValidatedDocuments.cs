using System.Collections.Concurrent;
using Clawith.Graph.Server.Limits;
using GraphQLParser.AST;

namespace Clawith.Graph.Server;

/// <summary>
/// Documents that were parsed, held to the limits and validated once, by their exact text, as
/// HotChocolate keeps its operation cache: an SPA sends the same few operations over and over, and
/// each repeat skips the parser, the shape limits and the document-only validation rules. Rules that
/// read the request (variables, GET, and the cost when a variable sets a page size) still run on every
/// request. Bounded: when full it starts over, so hostile variety costs memory only up to
/// <see cref="Capacity"/> documents. The manifest's trusted documents, once validated, are kept apart and
/// never dropped: there are only as many as the manifest holds, and they are the ones sent most.
/// </summary>
public sealed class ValidatedDocuments
{
    public const int Capacity = 256;

    private readonly ConcurrentDictionary<string, KnownDocument> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, KnownDocument> _trusted = new(StringComparer.Ordinal);

    public int Count => _documents.Count;

    public KnownDocument? Find(string query) => _trusted.GetValueOrDefault(query) ?? _documents.GetValueOrDefault(query);

    /// <param name="trusted">One of the manifest's documents: kept for as long as the server runs.</param>
    public void Remember(string query, GraphQLDocument document, bool trusted = false)
    {
        var known = new KnownDocument(document, PageSizeCost.IsFixedBy(document));
        if (trusted)
        {
            _trusted.TryAdd(query, known);
            return;
        }
        if (_documents.Count >= Capacity)
            _documents.Clear();
        _documents.TryAdd(query, known);
    }
}

/// <param name="FixedCost">Whether the document's cost is the same on every request, so the cost it passed with still holds.</param>
public sealed record KnownDocument(GraphQLDocument Document, bool FixedCost)
{
    /// <summary>The type of the operation a request names (or of the only one), null when there is no such operation.</summary>
    public OperationType? OperationTypeOf(string? operationName)
    {
        var operations = Document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var picked = string.IsNullOrEmpty(operationName)
            ? operations.Count == 1 ? operations[0] : null
            : operations.Find(operation => operation.Name == operationName);
        return picked?.Operation;
    }
}
