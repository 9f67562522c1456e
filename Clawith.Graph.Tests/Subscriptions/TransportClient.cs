using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Clawith.Graph.Tests.Subscriptions;

/// <summary>A graphql-transport-ws client over a real WebSocket, as the npm graphql-ws client speaks it.</summary>
public sealed class TransportClient(ClientWebSocket socket) : IAsyncDisposable
{
    /// <summary>Long enough for a slow CI machine; nothing here waits this long when things work.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public WebSocket Socket => socket;

    public static async Task<TransportClient> ConnectAsync(Uri address, string[] subprotocols)
    {
        var socket = new ClientWebSocket();
        foreach (var subprotocol in subprotocols)
            socket.Options.AddSubProtocol(subprotocol);
        var ws = new UriBuilder(address) { Scheme = address.Scheme == "https" ? "wss" : "ws" }.Uri;
        await socket.ConnectAsync(ws, CancellationToken.None);
        return new TransportClient(socket);
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendTextAsync(string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    public async Task InitAsync(object? payload = null)
    {
        await SendAsync(payload is null ? new { type = "connection_init" } : new { type = "connection_init", payload });
        var ack = await ReceiveAsync();
        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
    }

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { type = "subscribe", id, payload = new { query, variables } });

    public Task CompleteAsync(string id) => SendAsync(new { type = "complete", id });

    /// <summary>The next message; fails if the server closes instead or nothing comes in time.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        var (message, close) = await ReceiveOrCloseAsync();
        Assert.True(message is not null, $"The server closed the connection ({close?.Status} {close?.Description}) instead of sending a message.");
        return message.Value;
    }

    /// <summary>The next message of this type for this operation, skipping nothing: it must be the next one.</summary>
    public async Task<JsonElement> ReceiveAsync(string type, string id)
    {
        var message = await ReceiveAsync();
        Assert.True(message.GetProperty("type").GetString() == type && message.GetProperty("id").GetString() == id,
            $"Expected {type} for {id}; the server sent {message}");
        return message.TryGetProperty("payload", out var payload) ? payload : default;
    }

    /// <summary>A query or mutation sent with subscribe: the payload of its one <c>next</c>, which <c>complete</c> must follow.</summary>
    public async Task<JsonElement> RunAsync(string id, string query, object? variables = null)
    {
        await SubscribeAsync(id, query, variables);
        var next = await ReceiveAsync("next", id);
        await ReceiveAsync("complete", id);
        return next;
    }

    /// <summary>
    /// Reads whatever the server still sends, dropping it, until it closes: its close, or null when the
    /// connection was aborted instead (a server that gave up on this client cannot always send a close).
    /// </summary>
    public async Task<(WebSocketCloseStatus? Status, string? Description)?> DrainUntilClosedAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, timeout.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                    return (received.CloseStatus, received.CloseStatusDescription);
            }
        }
        catch (WebSocketException)
        {
            return null;
        }
    }

    /// <summary>The close the server sends; fails if a message comes first.</summary>
    public async Task<(WebSocketCloseStatus? Status, string? Description)> ReceiveCloseAsync()
    {
        var (message, close) = await ReceiveOrCloseAsync();
        Assert.True(close is not null, $"Expected the server to close; it sent {message}.");
        return close.Value;
    }

    private async Task<(JsonElement? Message, (WebSocketCloseStatus? Status, string? Description)? Close)> ReceiveOrCloseAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, timeout.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                // Answer the close, as a client does, so the server's handshake completes.
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                return (null, (received.CloseStatus, received.CloseStatusDescription));
            }
            text.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
                return (JsonDocument.Parse(text.ToArray()).RootElement.Clone(), null);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
            }
            catch (Exception)
            {
                socket.Abort();
            }
        }
        socket.Dispose();
    }
}
