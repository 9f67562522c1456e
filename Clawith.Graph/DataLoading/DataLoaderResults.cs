using GraphQL.DataLoader;

namespace Clawith.Graph.DataLoading;

/// <summary>Composes pending loader results without awaiting them, so batching is kept.</summary>
public static class DataLoaderResults
{
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> source, Func<T, TResult> map) =>
        source is ISettledResult { IsSettled: true } settled
            ? FromValue(map((T)settled.Value!))
            : new Deferred<TResult>(async cancellationToken => map(await source.GetResultAsync(cancellationToken)));

    public static IDataLoaderResult<TResult> Combine<T1, T2, TResult>(
        IDataLoaderResult<T1> first, IDataLoaderResult<T2> second, Func<T1, T2, TResult> combine) =>
        first is ISettledResult { IsSettled: true } one && second is ISettledResult { IsSettled: true } other
            ? FromValue(combine((T1)one.Value!, (T2)other.Value!))
            : new Deferred<TResult>(async cancellationToken =>
                combine(await first.GetResultAsync(cancellationToken), await second.GetResultAsync(cancellationToken)));

    public static IDataLoaderResult<T> FromValue<T>(T value) => new Settled<T>(value);

    /// <summary>A value no loader batches (a statement of its own), computed when the engine asks for it.</summary>
    public static IDataLoaderResult<T> Later<T>(Func<CancellationToken, Task<T>> resolve) => new Deferred<T>(resolve);

    /// <summary>
    /// What a resolver hands GraphQL.NET: the value itself when it is already known (a primed or
    /// fetched key), so the engine completes the field at once instead of queueing it with the
    /// pending loads; otherwise the pending result, which keeps the batch.
    /// </summary>
    public static object? ValueOrPending(this IDataLoaderResult result) =>
        result is ISettledResult { IsSettled: true } settled ? settled.Value : result;

    private sealed class Settled<T>(T value) : IDataLoaderResult<T>, ISettledResult
    {
        public bool IsSettled => true;

        public object? Value => value;

        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }

    private sealed class Deferred<T>(Func<CancellationToken, Task<T>> resolve) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => resolve(cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await resolve(cancellationToken);
    }
}

/// <summary>A loader result whose value may already be known, without awaiting it.</summary>
public interface ISettledResult
{
    bool IsSettled { get; }

    object? Value { get; }
}
