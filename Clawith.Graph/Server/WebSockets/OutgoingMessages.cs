using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Transport;

namespace Clawith.Graph.Server.WebSockets;

/// <summary>
/// The one sender of a connection: messages are serialized as they are queued (so the queue holds
/// bytes, not result trees) and sent in order by <see cref="RunAsync"/>. The queue is bounded: a
/// message that does not fit means the client is not reading, and <see cref="TrySend"/> says so.
/// When the connection closes, whatever is still queued is dropped and the close frame goes out next.
/// </summary>
public sealed class OutgoingMessages(WebSocket socket, IGraphQLTextSerializer serializer, int capacity)
{
    private readonly Channel<byte[]> _queue = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(capacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    private CloseReason? _close;

    /// <summary>Queues a message; false when the queue is full (or the connection is closing).</summary>
    public bool TrySend(string type, string? id = null, object? payload = null) =>
        _close is null && _queue.Writer.TryWrite(Encoding.UTF8.GetBytes(serializer.Serialize(new OperationMessage { Type = type, Id = id, Payload = payload })));

    /// <summary>Stops sending messages; the close frame is sent once the message in flight (if any) is out.</summary>
    public void Close(CloseReason reason)
    {
        if (Interlocked.CompareExchange(ref _close, reason, null) is null)
            _queue.Writer.TryComplete();
    }

    /// <summary>Sends until the connection closes, then sends the close frame. <paramref name="abort"/> gives up on a stuck client.</summary>
    public async Task RunAsync(CancellationToken abort)
    {
        try
        {
            await foreach (var message in _queue.Reader.ReadAllAsync(abort))
            {
                if (_close is not null)
                    break;
                await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, abort);
            }
            if (_close is { } close && socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await socket.CloseOutputAsync(close.Status, close.Description, abort);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or IOException)
        {
            // Aborted, or the client is gone: nothing more can be sent either way.
        }
    }
}
