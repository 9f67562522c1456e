namespace Clawith.Graph.Live;

/// <summary>
/// A subscription field's source stream: what <paramref name="pick"/> makes of each of the bus's events for
/// this subscriber (null: nothing, the event is not for it), for as long as the subscription lasts. Nothing
/// is subscribed to the bus until GraphQL.NET subscribes, and disposing that subscription leaves the bus.
/// </summary>
public sealed class ChatEventStream(IChatEvents events, Func<ChatEvent, object?> pick, EventBacklog backlog) : IObservable<object>
{
    public IDisposable Subscribe(IObserver<object> observer)
    {
        // The bus may deliver on several publishers' threads at once; an observer expects one call at a time.
        var gate = new Lock();
        return events.Subscribe(chatEvent =>
        {
            if (pick(chatEvent) is not { } picked || !backlog.TryAdmit())
                return;
            lock (gate)
                observer.OnNext(picked);
        });
    }
}
