namespace Clawith.Graph.Server.Streaming;

/// <summary>
/// A connection's running operations by id: an id is reserved when its subscribe arrives and released
/// when the operation ends (its stream completes, the client completes it, or the connection closes,
/// which disposes every stream and so leaves the chat event bus).
/// </summary>
public sealed class SubscriptionRegistry(int capacity)
{
    public enum Reservation { Reserved, Duplicate, Full }

    private readonly Lock _gate = new();
    private readonly Dictionary<string, IDisposable?> _operations = [];
    private bool _closed;

    public Reservation Reserve(string id)
    {
        lock (_gate)
        {
            if (_operations.ContainsKey(id))
                return Reservation.Duplicate;
            if (_closed || _operations.Count >= capacity)
                return Reservation.Full;
            _operations[id] = null;
            return Reservation.Reserved;
        }
    }

    /// <summary>Hands the running stream to its reservation; false (and the stream disposed) if the operation already ended.</summary>
    public bool Attach(string id, IDisposable stream)
    {
        lock (_gate)
        {
            if (_operations.ContainsKey(id) && _operations[id] is null)
            {
                _operations[id] = stream;
                return true;
            }
        }
        stream.Dispose();
        return false;
    }

    public bool IsRunning(string id)
    {
        lock (_gate)
            return _operations.ContainsKey(id);
    }

    /// <summary>Ends an operation, disposing its stream; false if it had already ended.</summary>
    public bool End(string id)
    {
        IDisposable? stream;
        lock (_gate)
        {
            if (!_operations.Remove(id, out stream))
                return false;
        }
        stream?.Dispose();
        return true;
    }

    /// <summary>Ends every operation and takes no more: the connection is closing.</summary>
    public void EndAll()
    {
        List<IDisposable?> streams;
        lock (_gate)
        {
            _closed = true;
            streams = [.. _operations.Values];
            _operations.Clear();
        }
        foreach (var stream in streams)
            stream?.Dispose();
    }
}
