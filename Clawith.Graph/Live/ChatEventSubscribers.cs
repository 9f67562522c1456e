using System.Collections.Immutable;

namespace Clawith.Graph.Live;

/// <summary>
/// The callbacks of one bus. Delivery reads a snapshot, so subscribing and leaving never block it; a
/// callback that throws is that subscriber's problem, not the others'.
/// </summary>
public sealed class ChatEventSubscribers
{
    private ImmutableArray<Action<ChatEvent>> _callbacks = [];

    public int Count => _callbacks.Length;

    public IDisposable Add(Action<ChatEvent> onEvent)
    {
        ImmutableInterlocked.Update(ref _callbacks, callbacks => callbacks.Add(onEvent));
        return new Leaving(this, onEvent);
    }

    public void Deliver(ChatEvent chatEvent)
    {
        foreach (var callback in _callbacks)
        {
            try
            {
                callback(chatEvent);
            }
            catch (Exception)
            {
                // A subscriber's buffer logic failing must not stop the event reaching everyone else.
            }
        }
    }

    private sealed class Leaving(ChatEventSubscribers subscribers, Action<ChatEvent> onEvent) : IDisposable
    {
        private int _left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0)
                ImmutableInterlocked.Update(ref subscribers._callbacks, callbacks => callbacks.Remove(onEvent));
        }
    }
}
