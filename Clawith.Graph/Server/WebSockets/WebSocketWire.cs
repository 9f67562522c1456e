using System.Net.WebSockets;
using System.Text;
using Clawith.Graph.Server.Streaming;
using GraphQL;
using GraphQL.Transport;

namespace Clawith.Graph.Server.WebSockets;

/// <summary>
/// graphql-transport-ws on a WebSocket: each message a JSON text message (<c>{"type","id","payload"}</c>), sent
/// in frames of <see cref="ChunkedSend.ChunkBytes"/>; pongs are the heartbeat; the end is a close frame.
/// </summary>
public sealed class WebSocketWire(WebSocket socket, IGraphQLTextSerializer serializer, GraphQLWebSocketOptions options, TimeProvider clock)
    : IMessageWire
{
    public byte[] Heartbeat { get; } = Encoding.UTF8.GetBytes(serializer.Serialize(new OperationMessage { Type = TransportMessageTypes.Pong }));

    public byte[] Encode(string type, string? id, object? payload) =>
        Encoding.UTF8.GetBytes(serializer.Serialize(new OperationMessage { Type = type, Id = id, Payload = payload }));

    public Task SendAsync(byte[] message, Action stalled, CancellationToken abort) =>
        ChunkedSend.SendAsync(
            (frame, last, token) => socket.SendAsync(frame, WebSocketMessageType.Text, last, token),
            message, options.SendTimeout, clock, stalled, abort);

    public async Task CloseAsync(CloseReason reason, CancellationToken abort)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            await socket.CloseOutputAsync(reason.Status, reason.Description, abort);
    }
}
