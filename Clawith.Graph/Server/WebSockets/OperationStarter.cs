using System.Security.Claims;
using Clawith.Graph.Live;
using Clawith.Graph.Schema.Errors;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;

namespace Clawith.Graph.Server.WebSockets;

/// <summary>
/// Runs a subscribe message's operation, in a service scope of its own, as HTTP runs a request. A
/// subscription that starts gets its stream attached to the connection; a query or mutation answers
/// one <c>next</c> and <c>complete</c>; an operation refused before it ran (limits, validation, a busy
/// server, access to a subscription) answers one <c>error</c> with the GraphQL errors.
/// </summary>
public sealed class OperationStarter(
    OperationRunner runner, IServiceScopeFactory scopes, GraphQLWebSocketOptions options, ILogger<OperationStarter> logger)
{
    public async Task StartAsync(string id, GraphQLRequest request, ClaimsPrincipal caller, WebSocketSession session)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var backlog = scope.ServiceProvider.GetRequiredService<EventBacklog>();
            backlog.Bound(options.MaxPendingEventsPerSubscription, session.CloseTooSlow);
            var result = await runner.RunAsync(request, scope.ServiceProvider, caller, transportRule: null, session.Closing);
            if (result.Streams is { Count: > 0 } streams)
            {
                // A single root field per subscription operation (the spec's rule), so there is one stream.
                var observer = new StreamObserver(id, session.Outgoing, session.Operations, backlog, session.CloseTooSlow);
                session.Operations.Attach(id, streams.Values.Single().Subscribe(observer));
            }
            else if (!result.Executed || result.Operation?.Operation == OperationType.Subscription)
            {
                End(id, session, TransportMessageTypes.Error, result.Errors ?? []);
            }
            else
            {
                if (session.Operations.IsRunning(id) && !session.Outgoing.TrySend(TransportMessageTypes.Next, id, result))
                    session.CloseTooSlow();
                End(id, session, TransportMessageTypes.Complete, null);
            }
        }
        catch (OperationCanceledException) when (session.Closing.IsCancellationRequested)
        {
            session.Operations.End(id);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Operation {Id} of a WebSocket connection failed", id);
            End(id, session, TransportMessageTypes.Error, new[] { new CodedExecutionError(ErrorCodes.InternalError, "An unexpected error occurred; it has been logged.") });
        }
    }

    /// <summary>Ends the operation with its last message, unless the client completed it first.</summary>
    private static void End(string id, WebSocketSession session, string type, object? payload)
    {
        if (session.Operations.End(id) && !session.Outgoing.TrySend(type, id, payload))
            session.CloseTooSlow();
    }
}
