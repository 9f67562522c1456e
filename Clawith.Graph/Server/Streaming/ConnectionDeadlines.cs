namespace Clawith.Graph.Server.Streaming;

/// <summary>The two times a connection is closed by the clock: no connection_init in time, and its token's expiry.</summary>
public static class ConnectionDeadlines
{
    public static async Task CloseUnlessInitialisedAsync(StreamSession session, TimeSpan timeout, Func<bool> initialised, TimeProvider clock)
    {
        try
        {
            await Task.Delay(timeout, clock, session.Closing);
            if (!initialised())
                session.Close(CloseReason.InitTimeout);
        }
        catch (OperationCanceledException)
        {
            // The connection closed first.
        }
    }

    public static async Task CloseWhenExpiredAsync(StreamSession session, DateTimeOffset expires, TimeProvider clock)
    {
        try
        {
            var left = expires - clock.GetUtcNow();
            // Task.Delay takes at most ~49 days; a token that lives longer is checked again then.
            while (left > TimeSpan.Zero)
            {
                await Task.Delay(left < TimeSpan.FromDays(30) ? left : TimeSpan.FromDays(30), clock, session.Closing);
                left = expires - clock.GetUtcNow();
            }
            session.Close(CloseReason.TokenExpired);
        }
        catch (OperationCanceledException)
        {
            // The connection closed first.
        }
    }
}
