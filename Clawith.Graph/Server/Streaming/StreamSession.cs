namespace Clawith.Graph.Server.Streaming;

/// <summary>
/// What the parts of one streaming connection (a WebSocket, an SSE response) share: the outgoing queue, the
/// running operations, and how the connection ends. Closing is done once, whoever asks first: operations
/// are ended at once (their streams leave the chat event bus), the transport's end (a close frame, the end
/// of the response) follows the message in flight, and a client that does not let it out within the close
/// timeout (or is gone) is aborted.
/// </summary>
public sealed class StreamSession(OutgoingMessages outgoing, SubscriptionRegistry operations, TimeSpan closeTimeout) : IDisposable
{
    private readonly CancellationTokenSource _closing = new();
    private readonly CancellationTokenSource _abort = new();
    private int _closed;

    public OutgoingMessages Outgoing => outgoing;

    public SubscriptionRegistry Operations => operations;

    /// <summary>What the connection runs beside its loop; awaited before the connection ends.</summary>
    public ConnectionTasks Tasks { get; } = new();

    /// <summary>Cancelled as the connection starts closing: stops operations still starting.</summary>
    public CancellationToken Closing => _closing.Token;

    /// <summary>Cancelled when waiting on the client is over: stops the sending and the receiving.</summary>
    public CancellationToken Abort => _abort.Token;

    public bool IsClosing => Volatile.Read(ref _closed) == 1;

    public void Close(CloseReason reason)
    {
        if (Interlocked.Exchange(ref _closed, 1) == 1)
            return;
        outgoing.Close(reason);
        operations.EndAll();
        _closing.Cancel();
        _abort.CancelAfter(closeTimeout);
    }

    /// <summary>The client let its queue fill (or its events pile up): it is not keeping up.</summary>
    public void CloseTooSlow() => Close(CloseReason.TooSlow);

    /// <summary>The client is gone (the connection dropped): nothing can be sent, end everything now.</summary>
    public void Vanished()
    {
        Close(CloseReason.Normal);
        _abort.Cancel();
    }

    public void Dispose()
    {
        _closing.Dispose();
        _abort.Dispose();
    }
}
