namespace Clawith.Graph.Live;

/// <summary>
/// The server's chat events: in process on SQLite, and across server instances through PostgreSQL's
/// LISTEN/NOTIFY. Writers publish after their transaction committed; every subscriber of every
/// instance (the publishing one included) receives each event once.
/// </summary>
public interface IChatEvents
{
    Task PublishAsync(ChatEvent chatEvent, CancellationToken cancellationToken);

    /// <summary>
    /// Calls <paramref name="onEvent"/> for each event until the returned handle is disposed. The
    /// callback runs on the bus's own thread and must not block: hand the event to a bounded buffer.
    /// </summary>
    IDisposable Subscribe(Action<ChatEvent> onEvent);
}
