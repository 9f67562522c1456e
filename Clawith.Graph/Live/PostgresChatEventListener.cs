using Clawith.Graph.Data;
using Npgsql;

namespace Clawith.Graph.Live;

/// <summary>
/// This instance's ear on the database: one dedicated connection that LISTENs on the events channel
/// and hands each notification to <see cref="PostgresChatEvents"/>' subscribers. The first LISTEN
/// happens while the app starts, so a started instance hears every event published after; a dropped
/// connection is re-opened with backoff (events published meanwhile are missed, and logged as a gap).
/// </summary>
public sealed partial class PostgresChatEventListener(
    DatabaseLocation database, PostgresChatEvents events, ILogger<PostgresChatEventListener> logger) : IHostedService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(30);

    // Never disposed: the host may stop a service after disposing it, and a token source with no timer holds nothing to free.
    private readonly CancellationTokenSource _stopping = new();
    private Task _listening = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (database.Provider != DatabaseProvider.Postgres)
            return;
        // A database out of reach at start does not stop the app: the loop keeps trying.
        var connection = await TryListenAsync(cancellationToken);
        _listening = Task.Run(() => ListenAsync(connection, _stopping.Token), CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _listening.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task ListenAsync(NpgsqlConnection? connection, CancellationToken stopping)
    {
        var retry = FirstRetry;
        while (!stopping.IsCancellationRequested)
        {
            if (connection is null)
            {
                await Task.Delay(retry, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                retry = retry * 2 < LongestRetry ? retry * 2 : LongestRetry;
                connection = await TryListenAsync(stopping);
                continue;
            }
            retry = FirstRetry;
            try
            {
                while (true)
                    await connection.WaitAsync(stopping);
            }
            catch (Exception) when (stopping.IsCancellationRequested)
            {
                // Shutting down.
            }
            catch (Exception exception)
            {
                LogConnectionLost(exception, PostgresChatEvents.Channel);
            }
            finally
            {
                await connection.DisposeAsync();
                connection = null;
            }
        }
    }

    private async Task<NpgsqlConnection?> TryListenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(ListenerConnectionString());
        connection.Notification += (_, notification) => Deliver(notification.Payload);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var listen = new NpgsqlCommand($"LISTEN {PostgresChatEvents.Channel}", connection);
            await listen.ExecuteNonQueryAsync(cancellationToken);
            LogListening(PostgresChatEvents.Channel);
            return connection;
        }
        catch (Exception exception)
        {
            if (!cancellationToken.IsCancellationRequested)
                LogCannotListen(exception, PostgresChatEvents.Channel);
            await connection.DisposeAsync();
            return null;
        }
    }

    /// <summary>
    /// Unpooled: the connection lives as long as the app and carries LISTEN state no pool should hand on.
    /// Keepalives make a silently dead link fail the wait rather than hang it.
    /// </summary>
    private string ListenerConnectionString()
    {
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false };
        if (builder.KeepAlive == 0)
            builder.KeepAlive = 30;
        return builder.ToString();
    }

    private void Deliver(string payload)
    {
        if (ChatEventJson.Read(payload, out var problem) is { } chatEvent)
            events.Subscribers.Deliver(chatEvent);
        else
            LogMalformed(problem, payload.Length > 200 ? payload[..200] : payload);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Live chat events: listening on PostgreSQL channel {Channel}")]
    private partial void LogListening(string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live chat events: the LISTEN connection on {Channel} was lost; reconnecting (events published meanwhile are missed)")]
    private partial void LogConnectionLost(Exception exception, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live chat events: cannot LISTEN on {Channel}; retrying")]
    private partial void LogCannotListen(Exception exception, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live chat events: skipped a malformed notification ({Problem}): {Payload}")]
    private partial void LogMalformed(string? problem, string payload);
}
