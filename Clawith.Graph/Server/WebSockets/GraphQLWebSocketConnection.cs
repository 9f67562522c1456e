using System.Net.WebSockets;
using System.Security.Claims;
using Clawith.Graph.Server.Limits;
using GraphQL;

namespace Clawith.Graph.Server.WebSockets;

/// <summary>
/// One graphql-transport-ws connection: reads the client's messages in order and answers them by the
/// protocol (PROTOCOL.md of enisdenjo/graphql-ws). The connection acts for whoever connection_init's
/// token names (anonymous without one), until that token expires.
/// </summary>
public sealed class GraphQLWebSocketConnection(
    WebSocket socket, WebSocketSession session, ConnectionAuthenticator authenticator, OperationStarter starter,
    IGraphQLTextSerializer serializer, GraphQLWebSocketOptions options, RequestBodyOptions limits, TimeProvider clock)
{
    private ClaimsPrincipal? _caller;
    private bool _initReceived;

    public async Task RunAsync()
    {
        var sending = session.Outgoing.RunAsync(session.Abort);
        _ = CloseUnlessInitialisedAsync();
        try
        {
            await ReceiveAsync();
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or IOException)
        {
            session.Vanished();
        }
        await sending;
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[4096];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, session.Abort);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                session.Close(CloseReason.Normal);
                return;
            }
            if (message.Length + received.Count > limits.MaxRequestBodyBytes)
            {
                session.Close(CloseReason.MessageTooBig);
                return;
            }
            message.Write(buffer, 0, received.Count);
            if (!received.EndOfMessage)
                continue;
            if (!session.IsClosing)
                await HandleAsync(received.MessageType, message.GetBuffer().AsMemory(0, (int)message.Length));
            message.SetLength(0);
        }
    }

    private async Task HandleAsync(WebSocketMessageType kind, ReadOnlyMemory<byte> text)
    {
        var (message, invalid) = kind == WebSocketMessageType.Text
            ? IncomingMessage.Parse(text.Span, serializer)
            : (null, "Invalid message: only text messages are understood");
        if (message is null)
        {
            session.Close(CloseReason.BadRequest(invalid!));
            return;
        }
        switch (message.Type)
        {
            case TransportMessageTypes.ConnectionInit:
                await InitialiseAsync(message);
                break;
            case TransportMessageTypes.Ping:
                Send(TransportMessageTypes.Pong);
                break;
            case TransportMessageTypes.Subscribe:
                Subscribe(message.Id!, message);
                break;
            case TransportMessageTypes.Complete:
                session.Operations.End(message.Id!);
                break;
            // pong: an answer to nothing we wait for.
        }
    }

    private async Task InitialiseAsync(IncomingMessage init)
    {
        if (_initReceived)
        {
            session.Close(CloseReason.TooManyInits);
            return;
        }
        _initReceived = true;
        var (caller, expires) = await authenticator.AuthenticateAsync(init.Payload, session.Closing);
        if (caller is null)
        {
            session.Close(CloseReason.Forbidden);
            return;
        }
        _caller = caller;
        if (expires is { } at)
            _ = CloseWhenExpiredAsync(new DateTimeOffset(at, TimeSpan.Zero));
        Send(TransportMessageTypes.ConnectionAck);
    }

    private void Subscribe(string id, IncomingMessage subscribe)
    {
        if (_caller is null)
        {
            session.Close(CloseReason.Unauthorized);
            return;
        }
        switch (session.Operations.Reserve(id))
        {
            case SubscriptionRegistry.Reservation.Duplicate:
                session.Close(CloseReason.SubscriberExists(id));
                break;
            case SubscriptionRegistry.Reservation.Full:
                Send(TransportMessageTypes.Error, id, new[] { WebSocketErrors.TooManyOperations(options.MaxSubscriptionsPerConnection) });
                break;
            default:
                _ = starter.StartAsync(id, subscribe.Request!, _caller, session);
                break;
        }
    }

    private void Send(string type, string? id = null, object? payload = null)
    {
        if (!session.Outgoing.TrySend(type, id, payload))
            session.CloseTooSlow();
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(options.ConnectionInitTimeout, clock, session.Closing);
            if (!_initReceived)
                session.Close(CloseReason.InitTimeout);
        }
        catch (OperationCanceledException)
        {
            // The connection closed first.
        }
    }

    private async Task CloseWhenExpiredAsync(DateTimeOffset expires)
    {
        try
        {
            var left = expires - clock.GetUtcNow();
            // Task.Delay takes at most ~49 days; a token that lives longer is checked again then.
            while (left > TimeSpan.Zero)
            {
                await Task.Delay(left < TimeSpan.FromDays(30) ? left : TimeSpan.FromDays(30), clock, session.Closing);
                left = expires - clock.GetUtcNow();
            }
            session.Close(CloseReason.TokenExpired);
        }
        catch (OperationCanceledException)
        {
            // The connection closed first.
        }
    }
}
