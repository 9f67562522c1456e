using GraphQL.DataLoader;

namespace Clawith.Graph.DataLoading;

/// <summary>Composes pending loader results without awaiting them, so batching is kept.</summary>
public static class DataLoaderResults
{
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> source, Func<T, TResult> map) =>
        new Deferred<TResult>(async cancellationToken => map(await source.GetResultAsync(cancellationToken)));

    public static IDataLoaderResult<TResult> Combine<T1, T2, TResult>(
        IDataLoaderResult<T1> first, IDataLoaderResult<T2> second, Func<T1, T2, TResult> combine) =>
        new Deferred<TResult>(async cancellationToken =>
            combine(await first.GetResultAsync(cancellationToken), await second.GetResultAsync(cancellationToken)));

    public static IDataLoaderResult<T> FromValue<T>(T value) => new Deferred<T>(_ => Task.FromResult(value));

    private sealed class Deferred<T>(Func<CancellationToken, Task<T>> resolve) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => resolve(cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await resolve(cancellationToken);
    }
}
