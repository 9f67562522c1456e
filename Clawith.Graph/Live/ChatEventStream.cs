namespace Clawith.Graph.Live;

/// <summary>
/// A subscription field's source stream: the bus's events that pass <paramref name="wanted"/>, for as
/// long as the subscription lasts. Nothing is subscribed to the bus until GraphQL.NET subscribes, and
/// disposing that subscription leaves the bus.
/// </summary>
public sealed class ChatEventStream(IChatEvents events, Func<ChatEvent, bool> wanted, EventBacklog backlog) : IObservable<ChatEvent>
{
    public IDisposable Subscribe(IObserver<ChatEvent> observer)
    {
        // The bus may deliver on several publishers' threads at once; an observer expects one call at a time.
        var gate = new Lock();
        return events.Subscribe(chatEvent =>
        {
            if (!wanted(chatEvent) || !backlog.TryAdmit())
                return;
            lock (gate)
                observer.OnNext(chatEvent);
        });
    }
}
