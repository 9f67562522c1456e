namespace Clawith.Graph.Live;

/// <summary>
/// The slots subscription events are executed in: at most <c>total</c> at once on this server instance,
/// and at most <c>perSubscriber</c> of them for one subscriber. A subscriber's events first wait for a
/// slot of their own share, then for one of the total, each in arrival order: one user's fan-out queues
/// behind its own share, and every other user's events still find slots.
/// </summary>
public sealed class EventExecutionPool(int total, int perSubscriber)
{
    private readonly SemaphoreSlim _total = new(total, total);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Share> _shares = [];

    /// <summary>Waits for a slot; dispose it once the event is executed.</summary>
    public async Task<IDisposable> EnterAsync(string subscriber, CancellationToken cancellationToken)
    {
        var share = Join(subscriber);
        try
        {
            await share.Slots.WaitAsync(cancellationToken);
            try
            {
                await _total.WaitAsync(cancellationToken);
            }
            catch
            {
                share.Slots.Release();
                throw;
            }
        }
        catch
        {
            Leave(subscriber, share);
            throw;
        }
        return new Slot(this, subscriber, share);
    }

    private Share Join(string subscriber)
    {
        lock (_gate)
        {
            if (!_shares.TryGetValue(subscriber, out var share))
                _shares[subscriber] = share = new Share(new SemaphoreSlim(perSubscriber, perSubscriber));
            share.Holders++;
            return share;
        }
    }

    /// <summary>A share nobody holds or waits for is forgotten, so subscribers who left do not stay.</summary>
    private void Leave(string subscriber, Share share)
    {
        lock (_gate)
        {
            if (--share.Holders == 0)
                _shares.Remove(subscriber);
        }
    }

    private sealed class Share(SemaphoreSlim slots)
    {
        public SemaphoreSlim Slots => slots;

        public int Holders { get; set; }
    }

    private sealed class Slot(EventExecutionPool pool, string subscriber, Share share) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 1)
                return;
            pool._total.Release();
            share.Slots.Release();
            pool.Leave(subscriber, share);
        }
    }
}
