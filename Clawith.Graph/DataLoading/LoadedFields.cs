using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;

namespace Clawith.Graph.DataLoading;

/// <summary>
/// How a field resolves through a loader: the one way, so every such field hands GraphQL.NET the value
/// at once when the key is already known, and the pending result (keeping the batch) when it is not
/// (<see cref="DataLoaderResults.ValueOrPending"/>). A null from <paramref name="load"/> is a null field.
/// </summary>
public static class LoadedFields
{
    public static FieldBuilder<TSource, object> ResolveLoaded<TSource>(
        this FieldBuilder<TSource, object> field, Func<IResolveFieldContext<TSource>, IDataLoaderResult?> load) =>
        field.Resolve(context => load(context)?.ValueOrPending());
}
