using Clawith.Graph.Server.WebSockets;

namespace Clawith.Graph.Server.Streaming;

/// <summary>
/// The one sender of a connection (a WebSocket, an SSE response): messages are encoded by the transport's
/// <see cref="IMessageWire"/> as they are queued (so the queue holds bytes, not result trees) and sent in
/// order by <see cref="RunAsync"/>. The queue is bounded in messages and in bytes, the message being sent
/// included (<c>GraphQL:WebSockets:OutgoingQueueCapacity</c> and <c>OutgoingQueueBytes</c>, for every
/// transport); a message always gets into an empty queue, so one large answer still goes out. A message that
/// does not fit means the client is not reading, and <see cref="TrySend"/> says so. Heartbeats (pongs, SSE
/// keep-alives) take no room: they are owed, counted, and sent before the queued messages. A client that
/// stops accepting a message (<see cref="ChunkedSend"/>) has stopped reading: <c>stalled</c> is raised. When
/// the connection closes, what is still queued is dropped and the transport's end goes out once the message
/// in flight (if any) is out.
/// </summary>
public sealed class OutgoingMessages(IMessageWire wire, GraphQLWebSocketOptions options)
{
    private readonly Lock _gate = new();
    private readonly Queue<byte[]> _queue = new();
    private readonly SemaphoreSlim _wake = new(0);
    private byte[]? _sending;
    private long _bytes;
    private int _heartbeatsOwed;
    private bool _senderWaiting;
    private CloseReason? _close;

    /// <summary>Queues a message; false when it does not fit (or the connection is closing).</summary>
    public bool TrySend(string type, string? id = null, object? payload = null)
    {
        lock (_gate)
        {
            // Before serializing: a client already behind costs no more memory.
            if (!HasRoom(0))
                return false;
        }
        var message = wire.Encode(type, id, payload);
        lock (_gate)
        {
            if (!HasRoom(message.Length))
                return false;
            _queue.Enqueue(message);
            _bytes += message.Length;
        }
        Wake();
        return true;
    }

    /// <summary>One more heartbeat owed (a pong for a client's ping, an SSE keep-alive), sent ahead of the queued messages.</summary>
    public void Heartbeat()
    {
        lock (_gate)
        {
            if (_close is not null)
                return;
            _heartbeatsOwed++;
        }
        Wake();
    }

    /// <summary>Stops sending messages and drops the queued ones; the transport's end follows the message in flight, if any.</summary>
    public void Close(CloseReason reason)
    {
        lock (_gate)
        {
            if (_close is not null)
                return;
            _close = reason;
            _bytes -= _queue.Sum(message => (long)message.Length);
            _queue.Clear();
        }
        Wake();
    }

    /// <summary>
    /// Sends until the connection closes, then ends it the transport's way. <paramref name="stalled"/> is raised
    /// when the client stops accepting a message; <paramref name="abort"/> gives up on a stuck client.
    /// </summary>
    public async Task RunAsync(Action stalled, CancellationToken abort)
    {
        try
        {
            while (await NextAsync(abort) is { } message)
            {
                await wire.SendAsync(message, stalled, abort);
                lock (_gate)
                {
                    if (ReferenceEquals(message, _sending))
                    {
                        _bytes -= message.Length;
                        _sending = null;
                    }
                }
            }
            await wire.CloseAsync(_close!, abort);
        }
        catch (Exception exception) when (exception is OperationCanceledException or System.Net.WebSockets.WebSocketException or IOException)
        {
            // Aborted, or the client is gone: nothing more can be sent either way.
        }
    }

    /// <summary>Whether a message of this many bytes fits (the lock held); an empty queue takes any message.</summary>
    private bool HasRoom(long bytes)
    {
        var held = _queue.Count + (_sending is null ? 0 : 1);
        return _close is null && (held == 0 || held < options.OutgoingQueueCapacity && _bytes + bytes <= options.OutgoingQueueBytes);
    }

    /// <summary>The next message to send (an owed heartbeat first), waiting for one; null once the connection closes.</summary>
    private async Task<byte[]?> NextAsync(CancellationToken abort)
    {
        while (true)
        {
            lock (_gate)
            {
                if (_close is not null)
                    return null;
                if (_heartbeatsOwed > 0)
                {
                    _heartbeatsOwed--;
                    return wire.Heartbeat;
                }
                if (_queue.TryDequeue(out var message))
                    return _sending = message;
                _senderWaiting = true;
            }
            await _wake.WaitAsync(abort);
        }
    }

    private void Wake()
    {
        lock (_gate)
        {
            if (!_senderWaiting)
                return;
            _senderWaiting = false;
        }
        _wake.Release();
    }
}
