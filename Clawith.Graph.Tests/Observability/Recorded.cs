using System.Collections.ObjectModel;

namespace Clawith.Graph.Tests.Observability;

/// <summary>
/// What an exporter or logger hands over, safe to add to from the app's threads while a test reads it,
/// and awaitable: the server span, the request's last log line and its metrics land after the client has its response.
/// </summary>
public sealed class Recorded<T> : Collection<T>
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly Lock _lock = new();
    private TaskCompletionSource _added = NewSignal();

    public IReadOnlyList<T> Snapshot()
    {
        lock (_lock) return [.. Items];
    }

    /// <summary>The items once <paramref name="done"/> holds for them; fails after <see cref="Patience"/>.</summary>
    public async Task<IReadOnlyList<T>> WhenAsync(Func<IReadOnlyList<T>, bool> done)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            Task added;
            lock (_lock) added = _added.Task;
            var items = Snapshot();
            if (done(items))
                return items;
            try
            {
                await added.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"Not recorded within {Patience.TotalSeconds} s; {items.Count} item(s) so far.");
            }
        }
    }

    protected override void InsertItem(int index, T item)
    {
        TaskCompletionSource added;
        lock (_lock)
        {
            base.InsertItem(index, item);
            added = _added;
            _added = NewSignal();
        }
        added.SetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
