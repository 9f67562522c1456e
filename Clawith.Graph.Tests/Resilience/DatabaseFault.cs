using Clawith.Graph.Data;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Clawith.Graph.Tests.Resilience;

/// <summary>A way for the suite's database to fail under a running server, and to come back.</summary>
public abstract class DatabaseFault : IAsyncDisposable
{
    private bool _broken;

    public static DatabaseFault For(ClawithAppFactory world) => TestDatabase.Provider == DatabaseProvider.Sqlite
        ? new SqliteWriteLock(world.DatabaseConnectionString)
        : new PostgresRefusal(world.DatabaseConnectionString);

    public abstract string Description { get; }

    public async Task BreakAsync()
    {
        await BreakCoreAsync();
        _broken = true;
    }

    public async Task RestoreAsync()
    {
        await RestoreCoreAsync();
        _broken = false;
    }

    protected abstract Task BreakCoreAsync();

    protected abstract Task RestoreCoreAsync();

    public async ValueTask DisposeAsync()
    {
        if (_broken)
            await RestoreAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>
/// Another process holds SQLite's write lock (a long transaction, a backup, a migration): in WAL mode
/// reads go on, and every write waits the busy timeout, then fails.
/// </summary>
public sealed class SqliteWriteLock(string connectionString) : DatabaseFault
{
    private SqliteConnection? _holder;
    private SqliteTransaction? _transaction;

    public override string Description => "another connection holds SQLite's write lock";

    protected override async Task BreakCoreAsync()
    {
        // A connection of its own (no pool shared with the app), waiting as long as it takes for the lock.
        _holder = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false, DefaultTimeout = 60 }.ToString());
        await _holder.OpenAsync();
        _transaction = _holder.BeginTransaction(deferred: false);
    }

    protected override async Task RestoreCoreAsync()
    {
        await _transaction!.RollbackAsync();
        await _holder!.DisposeAsync();
    }
}

/// <summary>
/// The PostgreSQL database stops taking connections and the server's own are cut (pg_terminate_backend),
/// as when it is taken offline or PostgreSQL restarts; restoring lets connections in again.
/// </summary>
public sealed class PostgresRefusal(string connectionString) : DatabaseFault
{
    private readonly string _database = new NpgsqlConnectionStringBuilder(connectionString).Database!;

    public override string Description => "PostgreSQL refuses connections to the database and cuts the server's";

    protected override async Task BreakCoreAsync()
    {
        await AdministerAsync($"ALTER DATABASE \"{_database}\" ALLOW_CONNECTIONS false");
        await AdministerAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{_database}' AND pid <> pg_backend_pid()");
    }

    protected override Task RestoreCoreAsync() => AdministerAsync($"ALTER DATABASE \"{_database}\" ALLOW_CONNECTIONS true");

    /// <summary>Runs on the server's maintenance database, which stays open throughout.</summary>
    private static async Task AdministerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestDatabase.PostgresServer) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
