using System.Net;
using System.Net.WebSockets;
using Clawith.Graph.Data.Resilience;
using Clawith.Graph.Server.Limits;
using Clawith.Graph.Server.Streaming;
using GraphQL;

namespace Clawith.Graph.Server.WebSockets;

/// <summary>
/// One graphql-transport-ws connection: reads the client's messages in order and answers them by the
/// protocol (PROTOCOL.md of enisdenjo/graphql-ws). The connection acts for whoever connection_init's
/// token names (anonymous without one), until that token expires, and as the database has that user at
/// each operation, event and ping (<see cref="ConnectionCaller"/>). It holds one of its user's
/// connection places (<see cref="UserQuotas"/>) from its acknowledgement to its end.
/// </summary>
public sealed class GraphQLWebSocketConnection(
    WebSocket socket, StreamSession session, IPAddress? remote, ConnectionAuthenticator authenticator, OperationStarter starter,
    UserQuotas quotas, IGraphQLTextSerializer serializer, GraphQLWebSocketOptions options, RequestBodyOptions limits, TimeProvider clock)
{
    private ConnectionCaller? _caller;
    private IDisposable? _place;
    private bool _initReceived;

    public async Task RunAsync()
    {
        var sending = session.Outgoing.RunAsync(session.CloseTooSlow, session.Abort);
        session.Tasks.Start(() => ConnectionDeadlines.CloseUnlessInitialisedAsync(session, options.ConnectionInitTimeout, () => _initReceived, clock));
        try
        {
            await ReceiveAsync();
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or IOException)
        {
            session.Vanished();
        }
        finally
        {
            _place?.Dispose();
        }
        await sending;
        await session.Tasks.WhenAllEndedAsync();
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
                await PongUnlessRevokedAsync();
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
        var (caller, expires) = await authenticator.AuthenticateAsync(init.Payload, remote, session, session.Closing);
        if (caller is null)
        {
            session.Close(CloseReason.Forbidden);
            return;
        }
        if (quotas.TryOpenConnection(caller.Key) is not { } place)
        {
            session.Close(CloseReason.TooManyConnections);
            return;
        }
        (_caller, _place) = (caller, place);
        if (expires is { } at)
            session.Tasks.Start(() => ConnectionDeadlines.CloseWhenExpiredAsync(session, new DateTimeOffset(at, TimeSpan.Zero), clock));
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
                Send(TransportMessageTypes.Error, id, new[] { StreamErrors.TooManyOperations(options.MaxSubscriptionsPerConnection) });
                break;
            default:
                var caller = _caller;
                session.Tasks.Start(() => starter.StartAsync(id, subscribe.Request!, caller, session));
                break;
        }
    }

    /// <summary>
    /// A ping checks the caller too, so an idle connection of a user deactivated since needs no timer: its
    /// client's next keep-alive closes it (4403) instead of getting a pong. A row that cannot be read now
    /// is not a revocation: the pong goes out.
    /// </summary>
    private async Task PongUnlessRevokedAsync()
    {
        try
        {
            if (_caller is not null && await _caller.CallerAsync(session.Abort) is null)
                return;
        }
        catch (Exception exception) when (TransientDatabaseFailure.IsTransient(exception))
        {
            // The user's row could not be read, which says nothing about the user: answer, check again at the next.
        }
        session.Outgoing.Heartbeat();
    }

    private void Send(string type, string? id = null, object? payload = null)
    {
        if (!session.Outgoing.TrySend(type, id, payload))
            session.CloseTooSlow();
    }
}
