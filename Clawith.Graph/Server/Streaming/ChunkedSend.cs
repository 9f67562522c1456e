using System.Net.WebSockets;

namespace Clawith.Graph.Server.Streaming;

/// <summary>
/// Sends one message in frames of <see cref="FrameBytes"/>, each of which the client must accept within the
/// send timeout: a large answer to a slow reader takes as long as it takes, a client that stopped reading
/// is found out within the timeout whatever the message's size.
/// </summary>
public static class ChunkedSend
{
    public const int FrameBytes = 64 * 1024;

    /// <summary>
    /// A frame not accepted in time raises <paramref name="stalled"/>; the rest of the message is then left
    /// unsent (the close frame may come between a message's frames).
    /// </summary>
    public static async Task SendAsync(WebSocket socket, byte[] message, TimeSpan timeout, TimeProvider clock, Action stalled, CancellationToken abort)
    {
        for (var offset = 0; offset < message.Length; offset += FrameBytes)
        {
            var length = Math.Min(FrameBytes, message.Length - offset);
            var sending = socket.SendAsync(message.AsMemory(offset, length), WebSocketMessageType.Text, offset + length == message.Length, abort);
            if (sending.IsCompletedSuccessfully)
                continue;
            var frame = sending.AsTask();
            try
            {
                await frame.WaitAsync(timeout, clock, abort);
            }
            catch (TimeoutException)
            {
                stalled();
                // The frame is on its way into the socket and cannot be taken back: wait for the client or the abort.
                await frame;
                return;
            }
        }
    }
}
