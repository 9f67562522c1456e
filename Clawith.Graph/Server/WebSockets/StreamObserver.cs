using Clawith.Graph.Live;
using GraphQL;

namespace Clawith.Graph.Server.WebSockets;

/// <summary>
/// Sends one subscription's results as <c>next</c> messages and its end as <c>complete</c>. A result
/// that does not fit in the outgoing queue closes the connection (<paramref name="tooSlow"/>).
/// </summary>
public sealed class StreamObserver(
    string id, OutgoingMessages outgoing, SubscriptionRegistry operations, EventBacklog backlog, Action tooSlow) : IObserver<ExecutionResult>
{
    public void OnNext(ExecutionResult result)
    {
        backlog.Done();
        if (operations.IsRunning(id) && !outgoing.TrySend(TransportMessageTypes.Next, id, result))
            tooSlow();
    }

    public void OnError(Exception error) => OnCompleted();

    public void OnCompleted()
    {
        if (operations.End(id))
            outgoing.TrySend(TransportMessageTypes.Complete, id);
    }
}
