using Clawith.Graph.Live;

namespace Clawith.Graph.Tests.Subscriptions;

/// <summary>The app's bus, counting who is subscribed to it: a released subscription must leave it.</summary>
public sealed class CountingChatEvents(IChatEvents inner) : IChatEvents
{
    private int _subscribers;

    public int Subscribers => Volatile.Read(ref _subscribers);

    public Task PublishAsync(ChatEvent chatEvent, CancellationToken cancellationToken) => inner.PublishAsync(chatEvent, cancellationToken);

    public IDisposable Subscribe(Action<ChatEvent> onEvent)
    {
        var subscription = inner.Subscribe(onEvent);
        Interlocked.Increment(ref _subscribers);
        return new Leaving(this, subscription);
    }

    private sealed class Leaving(CountingChatEvents bus, IDisposable subscription) : IDisposable
    {
        private int _left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _left, 1) == 1)
                return;
            subscription.Dispose();
            Interlocked.Decrement(ref bus._subscribers);
        }
    }
}
