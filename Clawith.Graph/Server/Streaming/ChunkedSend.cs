namespace Clawith.Graph.Server.Streaming;

/// <summary>
/// Sends one message in chunks of <see cref="ChunkBytes"/> (WebSocket frames, or writes to an HTTP response),
/// each of which the client must accept within the send timeout: a large answer to a slow reader takes as
/// long as it takes, a client that stopped reading is found out within the timeout whatever the message's size.
/// </summary>
public static class ChunkedSend
{
    public const int ChunkBytes = 64 * 1024;

    /// <summary>Writes a chunk; <c>last</c> says it ends the message.</summary>
    public delegate ValueTask Write(ReadOnlyMemory<byte> chunk, bool last, CancellationToken abort);

    /// <summary>
    /// A chunk not accepted in time raises <paramref name="stalled"/>; the rest of the message is then left
    /// unsent (the transport's close may come between a message's chunks).
    /// </summary>
    public static async Task SendAsync(Write write, byte[] message, TimeSpan timeout, TimeProvider clock, Action stalled, CancellationToken abort)
    {
        for (var offset = 0; offset < message.Length; offset += ChunkBytes)
        {
            var length = Math.Min(ChunkBytes, message.Length - offset);
            var sending = write(message.AsMemory(offset, length), offset + length == message.Length, abort);
            if (sending.IsCompletedSuccessfully)
                continue;
            var chunk = sending.AsTask();
            try
            {
                await chunk.WaitAsync(timeout, clock, abort);
            }
            catch (TimeoutException)
            {
                stalled();
                // The chunk is on its way out and cannot be taken back: wait for the client or the abort.
                await chunk;
                return;
            }
        }
    }
}
