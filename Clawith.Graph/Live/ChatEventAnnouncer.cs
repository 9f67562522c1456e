namespace Clawith.Graph.Live;

/// <summary>
/// Tells the bus about a write that already committed. The write stands whatever happens here, so a
/// failure to publish is logged, never thrown: a live view misses one event, the data is intact.
/// </summary>
public sealed class ChatEventAnnouncer(IChatEvents events, ILogger<ChatEventAnnouncer> logger)
{
    public async Task AnnounceAsync(ChatEvent chatEvent)
    {
        try
        {
            // Not the request's token: a client that hangs up after the commit must not silence the event.
            await events.PublishAsync(chatEvent, CancellationToken.None);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Publishing {Kind} of session {SessionId} failed; the change itself is committed",
                chatEvent.Kind, chatEvent.SessionId);
        }
    }
}
