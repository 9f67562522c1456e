namespace Clawith.Graph.Server.Streaming;

/// <summary>
/// How one transport puts messages on its connection, for <see cref="OutgoingMessages"/>: the bytes of a
/// message, the sending of them (a client that stops accepting them raises <c>stalled</c>), and the end.
/// </summary>
public interface IMessageWire
{
    /// <summary>A message of one of the <see cref="OperationMessageTypes"/> (or the transport's own) as the bytes to send.</summary>
    byte[] Encode(string type, string? id, object? payload);

    /// <summary>What keeps the connection alive and takes no room in the queue: a pong, an SSE comment.</summary>
    byte[] Heartbeat { get; }

    Task SendAsync(byte[] message, Action stalled, CancellationToken abort);

    /// <summary>Ends the connection once the last message is out (a close frame, the end of a response).</summary>
    Task CloseAsync(CloseReason reason, CancellationToken abort);
}
