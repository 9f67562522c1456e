using Clawith.Graph.Data;
using Npgsql;

namespace Clawith.Graph.Live;

/// <summary>
/// The bus of server instances sharing one PostgreSQL database: publishing is a NOTIFY, and every
/// instance, this one included, hears events only through its LISTEN connection
/// (<see cref="PostgresChatEventListener"/>), so each subscriber receives each event once.
/// </summary>
public sealed class PostgresChatEvents(DatabaseLocation database) : IChatEvents
{
    public const string Channel = "clawith_chat_events";

    /// <summary>A publish waits no longer than this for the database; the write it reports has committed anyway.</summary>
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(5);

    internal ChatEventSubscribers Subscribers { get; } = new();

    public async Task PublishAsync(ChatEvent chatEvent, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(PublishTimeout);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(timeout.Token);
        await using var notify = new NpgsqlCommand($"SELECT pg_notify('{Channel}', @payload)", connection);
        notify.Parameters.AddWithValue("payload", ChatEventJson.Write(chatEvent));
        await notify.ExecuteNonQueryAsync(timeout.Token);
    }

    public IDisposable Subscribe(Action<ChatEvent> onEvent) => Subscribers.Add(onEvent);
}
