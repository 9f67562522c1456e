using Clawith.Graph.Live;
using Clawith.Graph.Schema.Errors;
using GraphQL;

namespace Clawith.Graph.Server.Streaming;

/// <summary>
/// Sends one subscription's results as <c>next</c> messages and its end as <c>complete</c>, or as one
/// <c>error</c> when an event ends it (<see cref="SubscriptionEventExecution"/>: the caller lost access):
/// nothing follows for that id, and the stream leaves the bus. A result that does not fit in the
/// outgoing queue closes the connection (<paramref name="tooSlow"/>).
/// </summary>
public sealed class StreamObserver(
    string id, OutgoingMessages outgoing, SubscriptionRegistry operations, EventBacklog backlog, Action tooSlow) : IObserver<ExecutionResult>
{
    public void OnNext(ExecutionResult result)
    {
        backlog.Done();
        if (operations.IsRunning(id) && !outgoing.TrySend(OperationMessageTypes.Next, id, result))
            tooSlow();
    }

    public void OnError(Exception error)
    {
        var ending = error as ExecutionError ?? new CodedExecutionError(ErrorCodes.InternalError, "An unexpected error ended the subscription.");
        if (operations.End(id) && !outgoing.TrySend(OperationMessageTypes.Error, id, new[] { ending }))
            tooSlow();
    }

    public void OnCompleted()
    {
        if (operations.End(id))
            outgoing.TrySend(OperationMessageTypes.Complete, id);
    }
}
