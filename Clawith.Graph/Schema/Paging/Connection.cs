namespace Clawith.Graph.Schema.Paging;

/// <summary>One page of a Relay connection; the total is counted only when a client asks for it.</summary>
public sealed record Connection<T>(
    IReadOnlyList<Edge<T>> Edges,
    PageInfo PageInfo,
    Func<CancellationToken, Task<int>> CountTotalAsync)
{
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);

    /// <summary>Rows of this page that could not be read and are not in it (they still count in the total).</summary>
    public IReadOnlyList<Data.UnreadableRow> LeftOut { get; init; } = [];
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor)
{
    public static PageInfo For<T>(IReadOnlyList<Edge<T>> edges, bool hasNextPage, bool hasPreviousPage) =>
        new(hasNextPage, hasPreviousPage, edges.Count > 0 ? edges[0].Cursor : null, edges.Count > 0 ? edges[^1].Cursor : null);
}
