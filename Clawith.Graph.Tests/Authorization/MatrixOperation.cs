using System.Text.Json.Nodes;

namespace Clawith.Graph.Tests.Authorization;

/// <summary>
/// One operation of the authorization matrix: a document with one root field, and how a success reads
/// in the table. <paramref name="Result"/> names a mutation payload's result field (null for queries).
/// </summary>
public sealed record MatrixOperation(string Name, string Document, string Field, Func<JsonNode, string> Summarize, string? Result = null)
{
    public bool IsMutation => Result is not null;

    public override string ToString() => Name;
}
