namespace Clawith.Graph.Live;

/// <summary>
/// The events of one subscription that were handed to GraphQL.NET and not yet sent on. GraphQL.NET
/// queues a subscription's events without a limit while it executes them one by one, so this count
/// is what bounds that queue: past <see cref="Capacity"/>, the subscriber is too slow and
/// <see cref="Overflowed"/> is raised (the WebSocket transport closes the connection) instead of
/// queueing more. One per operation (scoped); the transport bounds it before executing.
/// </summary>
public sealed class EventBacklog
{
    private int _pending;
    private Action _overflowed = () => { };

    public int Capacity { get; private set; } = 100;

    public void Bound(int capacity, Action overflowed)
    {
        Capacity = capacity;
        _overflowed = overflowed;
    }

    /// <summary>Whether one more event may go in; if not, the overflow has been raised.</summary>
    public bool TryAdmit()
    {
        if (Interlocked.Increment(ref _pending) <= Capacity)
            return true;
        Interlocked.Decrement(ref _pending);
        _overflowed();
        return false;
    }

    /// <summary>An admitted event has come out of the execution (sent, or dropped with its subscription).</summary>
    public void Done() => Interlocked.Decrement(ref _pending);
}
