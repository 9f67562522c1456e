using Clawith.Graph.Data.Resilience;
using Clawith.Graph.Live;
using Clawith.Graph.Schema.Errors;
using Clawith.Graph.Server.WebSockets;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;

namespace Clawith.Graph.Server.Streaming;

/// <summary>
/// Runs an operation of a streaming connection (a WebSocket's subscribe message, an SSE request), in a service
/// scope of its own, as HTTP runs a request, for the caller as the database has them now (a deactivated or
/// deleted user's connection closes instead). A subscription that starts gets its stream attached to the
/// connection, if its user has a subscription place left; a query or mutation answers one <c>next</c> and
/// <c>complete</c>; an operation refused before it ran (limits, validation, a busy server, access to a
/// subscription, the user's subscription cap) answers one <c>error</c> with the GraphQL errors.
/// </summary>
public sealed class OperationStarter(
    OperationRunner runner, IServiceScopeFactory scopes, UserQuotas quotas, GraphQLWebSocketOptions options, ILogger<OperationStarter> logger)
{
    /// <param name="transportRule">What the transport refuses (a mutation over an SSE GET), if anything.</param>
    public async Task StartAsync(string id, GraphQLRequest request, ConnectionCaller caller, StreamSession session, TransportRule? transportRule = null)
    {
        try
        {
            if (await caller.CallerAsync(session.Closing) is not { } user)
            {
                session.Operations.End(id);
                return;
            }
            await using var scope = scopes.CreateAsyncScope();
            var backlog = scope.ServiceProvider.GetRequiredService<EventBacklog>();
            backlog.Bound(options.MaxPendingEventsPerSubscription, session.CloseTooSlow);
            var result = await runner.RunAsync(request, scope.ServiceProvider, user, transportRule, session.Closing,
                EventSubscriberContext.For(caller));
            if (result.Streams is { Count: > 0 } streams)
                Attach(id, streams.Values.Single(), caller, session, backlog);
            else if (!result.Executed || result.Operation?.Operation == OperationType.Subscription)
                End(id, session, OperationMessageTypes.Error, result.Errors ?? []);
            else
            {
                if (session.Operations.IsRunning(id) && !session.Outgoing.TrySend(OperationMessageTypes.Next, id, result))
                    session.CloseTooSlow();
                End(id, session, OperationMessageTypes.Complete, null);
            }
        }
        catch (OperationCanceledException) when (session.Closing.IsCancellationRequested)
        {
            session.Operations.End(id);
        }
        catch (Exception exception) when (TransientDatabaseFailure.IsTransient(exception))
        {
            End(id, session, OperationMessageTypes.Error, new[] { CodedExecutionError.DatabaseUnavailable() });
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Operation {Id} of a streaming connection failed", id);
            End(id, session, OperationMessageTypes.Error, new[] { new CodedExecutionError(ErrorCodes.InternalError, "An unexpected error occurred; it has been logged.") });
        }
    }

    /// <summary>
    /// Subscribes to the stream (a single root field per subscription operation, the spec's rule, so one
    /// stream) once the user has a subscription place; without one, the stream is never subscribed to.
    /// </summary>
    private void Attach(string id, IObservable<ExecutionResult> stream, ConnectionCaller caller, StreamSession session, EventBacklog backlog)
    {
        if (quotas.TryStartSubscription(caller.Key) is not { } place)
        {
            End(id, session, OperationMessageTypes.Error, new[] { StreamErrors.TooManySubscriptions(options.MaxSubscriptionsPerUser) });
            return;
        }
        var observer = new StreamObserver(id, session.Outgoing, session.Operations, backlog, session.CloseTooSlow);
        session.Operations.Attach(id, new Subscription(stream.Subscribe(observer), place));
    }

    /// <summary>Ends the operation with its last message, unless the client completed it first.</summary>
    private static void End(string id, StreamSession session, string type, object? payload)
    {
        if (session.Operations.End(id) && !session.Outgoing.TrySend(type, id, payload))
            session.CloseTooSlow();
    }

    /// <summary>A running subscription: ending it gives the user's subscription place back and leaves the stream.</summary>
    private sealed class Subscription(IDisposable stream, IDisposable place) : IDisposable
    {
        public void Dispose()
        {
            // The place first: once the stream has left the bus, the place is free for the next subscribe.
            place.Dispose();
            stream.Dispose();
        }
    }
}
