using GraphQL.DataLoader;

namespace Clawith.Graph.DataLoading;

/// <summary>
/// A per-request DataLoader. Keys asked for while GraphQL.NET walks a level of the query wait in one
/// batch; when the engine awaits the first of their results, the whole batch is fetched in a single
/// call. Every key gets a result (missing ones <see cref="Missing"/>), cached for the rest of the request.
/// </summary>
public abstract class BatchLoader<TKey, TValue> where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Task<TValue>> _results = [];
    private Dictionary<TKey, TaskCompletionSource<TValue>> _pending = [];

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_results.TryGetValue(key, out var result))
            {
                var completion = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
                _pending[key] = completion;
                _results[key] = result = completion.Task;
            }
            return new Result(this, result);
        }
    }

    public Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken) =>
        Load(key).GetResultAsync(cancellationToken);

    /// <summary>Every key's value, all asked for before any is awaited, so the keys not yet cached go in one batch.</summary>
    public async Task<IReadOnlyDictionary<TKey, TValue>> LoadManyAsync(IEnumerable<TKey> keys, CancellationToken cancellationToken)
    {
        var results = keys.Distinct().Select(key => (Key: key, Result: Load(key))).ToList();
        var values = new Dictionary<TKey, TValue>(results.Count);
        foreach (var (key, result) in results)
            values[key] = await result.GetResultAsync(cancellationToken);
        return values;
    }

    /// <summary>Seeds the cache with a value another query already fetched, so no batch asks for it again.</summary>
    public void Prime(TKey key, TValue value)
    {
        lock (_gate)
            _results.TryAdd(key, Task.FromResult(value));
    }

    /// <summary>Fetches many keys in one round trip; keys absent from the answer get <see cref="Missing"/>.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    protected virtual TValue Missing(TKey key) => default!;

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        Dictionary<TKey, TaskCompletionSource<TValue>> batch;
        lock (_gate)
        {
            if (_pending.Count == 0)
                return;
            batch = _pending;
            _pending = [];
        }
        try
        {
            var found = await FetchAsync([.. batch.Keys], cancellationToken);
            foreach (var (key, completion) in batch)
                completion.TrySetResult(found.TryGetValue(key, out var value) ? value : Missing(key));
        }
        catch (Exception exception)
        {
            foreach (var completion in batch.Values)
                completion.TrySetException(exception);
        }
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, Task<TValue> value) : IDataLoaderResult<TValue>, ISettledResult
    {
        public bool IsSettled => value.IsCompletedSuccessfully;

        public object? Value => value.Result;

        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (!value.IsCompleted)
                await loader.DispatchAsync(cancellationToken);
            return await value.WaitAsync(cancellationToken);
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
