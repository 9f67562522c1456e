using System.Data.Common;
using System.Runtime.CompilerServices;
using Clawith.Graph.Data.Resilience;
using Clawith.Graph.Data.Statements;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Clawith.Graph.Data.Sqlite;

/// <summary>
/// Sets up every SQLite connection the app opens. WAL (a setting of the file, kept across restarts)
/// lets readers go on while one connection writes; busy_timeout makes a writer wait for the lock
/// instead of failing at once; foreign_keys makes SQLite check them; mmap_size reads the file through a
/// memory map (<see cref="DatabaseOptions.SqliteMemoryMapMegabytes"/>). The last three are settings of
/// each native connection, made once per connection here rather than in the connection string, where
/// Microsoft.Data.Sqlite would run a PRAGMA at every open, that is before every query. Its own wait for
/// a busy statement comes from the connection string. The text filters' case folding
/// (<see cref="TextFolding"/>) is registered here too, on the native connection, where it stays across
/// opens (a function given to SqliteConnection.CreateFunction is registered again at every open).
/// </summary>
public sealed class SqliteConnectionSetup(DatabaseResilienceOptions options, long memoryMapBytes) : DbConnectionInterceptor
{
    /// <summary>
    /// The native connections already set up. Microsoft.Data.Sqlite pools them: an "open" usually hands
    /// back one that was, and its settings stay, so a request does not pay a PRAGMA per query.
    /// </summary>
    private readonly ConditionalWeakTable<sqlite3, object> _configured = [];
    private volatile bool _fileInWal;

    /// <summary>
    /// The configured connection string with Microsoft.Data.Sqlite's busy retry (it retries a busy
    /// statement itself, 30 s by default) bounded by the same busy timeout.
    /// </summary>
    public static string ConnectionString(string connectionString, DatabaseResilienceOptions options) =>
        new SqliteConnectionStringBuilder(connectionString)
        {
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeoutMilliseconds / 1000.0)),
        }.ToString();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Configure(connection);

    /// <summary>Microsoft.Data.Sqlite runs every command synchronously: an async path would only add a state machine.</summary>
    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Configure(connection);
        return Task.CompletedTask;
    }

    /// <summary>Sets up a connection the first time its native connection is seen; public for the benchmark's baselines, which must read the file as the app does.</summary>
    public void Configure(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } || _configured.TryGetValue(handle, out _))
            return;
        using var command = connection.CreateCommand();
        // busy_timeout before switching the file to WAL (once per process; it needs the lock), so that waits too.
        var setup = $"PRAGMA foreign_keys = ON; PRAGMA mmap_size = {memoryMapBytes}; PRAGMA busy_timeout = {options.BusyTimeoutMilliseconds}";
        command.CommandText = _fileInWal ? setup : setup + "; PRAGMA journal_mode = WAL";
        command.ExecuteNonQuery();
        TextFolding.Register(handle);
        _fileInWal = true;
        _configured.AddOrUpdate(handle, handle);
    }
}
