using Clawith.Graph.DataLoading;
using GraphQL.DataLoader;

namespace Clawith.Graph.Schema.Paging;

/// <summary>
/// One page of a Relay connection; the total is counted only when a client asks for it, as a loader
/// result, so the totals of many pages of one level (a filtered messages' totalCount under every
/// session of a list) are counted in one batch rather than one statement each.
/// </summary>
public sealed record Connection<T>(
    IReadOnlyList<Edge<T>> Edges,
    PageInfo PageInfo,
    Func<IDataLoaderResult<int>> CountTotal)
{
    /// <summary>A page whose total is a statement of its own (a root list's), run when asked for.</summary>
    public Connection(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> countTotalAsync)
        : this(edges, pageInfo, () => DataLoaderResults.Later(countTotalAsync))
    {
    }

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
