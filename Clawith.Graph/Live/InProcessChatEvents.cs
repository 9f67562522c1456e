namespace Clawith.Graph.Live;

/// <summary>The bus of a single server instance (SQLite): an event reaches this process's subscribers only.</summary>
public sealed class InProcessChatEvents : IChatEvents
{
    private readonly ChatEventSubscribers _subscribers = new();

    public Task PublishAsync(ChatEvent chatEvent, CancellationToken cancellationToken)
    {
        _subscribers.Deliver(chatEvent);
        return Task.CompletedTask;
    }

    public IDisposable Subscribe(Action<ChatEvent> onEvent) => _subscribers.Add(onEvent);
}
