using Clawith.Graph.Data;
using Clawith.Graph.Data.Generations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Clawith.Graph.Tests.Infrastructure;

/// <summary>
/// Where one test app keeps its data: a fresh SQLite file, or, when <see cref="PostgresVariable"/>
/// names a PostgreSQL server, a fresh database there laid out as Clawith's own (CI runs the suite both ways).
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>An Npgsql connection string to a server where the tests may create and drop databases.</summary>
    public const string PostgresVariable = "CLAWITH_TEST_POSTGRES";

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server ? server : null;

    public static DatabaseProvider Provider => PostgresServer is null ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;

    public static TestDatabase Create() => Create(TestGeneration.Current);

    /// <summary>A database of <paramref name="generation"/>: on PostgreSQL Clawith's own schema of that generation, on SQLite an empty file the app creates it in.</summary>
    public static TestDatabase Create(SchemaGeneration generation) =>
        PostgresServer is { } server ? new PostgresTestDatabase(server, generation: generation) : new SqliteTestDatabase();

    public abstract string ConnectionString { get; }

    /// <summary>Whether the app creates the tables itself (SQLite) or finds Clawith's (PostgreSQL, CreateSchema=false).</summary>
    public abstract bool AppCreatesSchema { get; }

    /// <summary>Makes the database exist before the app starts.</summary>
    public abstract Task PrepareAsync();

    public abstract ValueTask DisposeAsync();

    /// <summary>Runs <paramref name="write"/> with foreign keys unchecked, to store rows Clawith's own code may leave behind.</summary>
    public static async Task WithoutForeignKeysAsync(ClawithDbContext db, Func<Task> write)
    {
        var (off, on) = db.Database.IsSqlite()
            ? ("PRAGMA foreign_keys = OFF", "PRAGMA foreign_keys = ON")
            : ("SET session_replication_role = replica", "SET session_replication_role = DEFAULT");
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync(off);
        await write();
        await db.Database.ExecuteSqlRawAsync(on);
    }
}

public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"clawith-test-{Guid.NewGuid():N}.db");

    public override string ConnectionString => $"Data Source={_path}";

    public override bool AppCreatesSchema => true;

    public override Task PrepareAsync() => Task.CompletedTask;

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_path + suffix);
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// A database made from Clawith's schema of the generation plus the index the README tells Clawith operators
/// to add, so the whole suite proves the server works on Clawith's tables as they are: 225b36fd's
/// <c>clawith-postgres.sql</c>, or 251aeba8's <c>clawith-head-postgres.sql</c> with Clawith's Python-side defaults
/// (<c>clawith-python-defaults.sql</c>, for the tests' own rows) — or, with <see cref="TestGeneration.Migrated"/>,
/// 225b36fd's schema upgraded in place (<c>clawith-225b36fd-to-251aeba8.sql</c>).
/// </summary>
/// <remarks>With <paramref name="clawithSchema"/> false the database starts empty and the app creates its tables.</remarks>
public sealed class PostgresTestDatabase(string server, bool clawithSchema = true, SchemaGeneration generation = SchemaGeneration.Commit225b36fd)
    : TestDatabase
{
    private readonly string _name = $"clawith_test_{Guid.NewGuid():N}";

    public override string ConnectionString => new NpgsqlConnectionStringBuilder(server) { Database = _name }.ToString();

    public override bool AppCreatesSchema => !clawithSchema;

    public override async Task PrepareAsync()
    {
        await ExecuteAsync(server, $"CREATE DATABASE {_name}");
        if (!clawithSchema)
            return;
        string[] files = generation == SchemaGeneration.Commit225b36fd ? ["clawith-postgres.sql"]
            : TestGeneration.Migrated ? ["clawith-postgres.sql", "clawith-225b36fd-to-251aeba8.sql", "clawith-python-defaults.sql"]
            : ["clawith-head-postgres.sql", "clawith-python-defaults.sql"];
        foreach (var file in files)
            await ExecuteAsync(ConnectionString, await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Infrastructure", file)));
        await ExecuteAsync(ConnectionString, ConversationIndex);
    }

    public Task<List<string>> QueryAsync(string sql) => QueryAsync(ConnectionString, sql);

    /// <summary>The rows of a query, each row's columns joined by '|', in the query's order.</summary>
    public static async Task<List<string>> QueryAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i)))));
        return rows;
    }

    /// <summary>The README's advice for a Clawith database: page a session's messages down an index.</summary>
    public const string ConversationIndex =
        "CREATE INDEX IF NOT EXISTS ix_chat_messages_conversation ON chat_messages (conversation_id, created_at, id)";

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>A test of SQLite's own storage: skipped in the PostgreSQL run, which checks Clawith's column types instead.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestDatabase.Provider != DatabaseProvider.Sqlite)
            Skip = $"SQLite storage only; this run uses PostgreSQL ({TestDatabase.PostgresVariable} is set).";
    }
}

/// <summary>A theory of SQLite's own storage, skipped in the PostgreSQL run like <see cref="SqliteFactAttribute"/>.</summary>
public sealed class SqliteTheoryAttribute : TheoryAttribute
{
    public SqliteTheoryAttribute()
    {
        if (TestDatabase.Provider != DatabaseProvider.Sqlite)
            Skip = $"SQLite storage only; this run uses PostgreSQL ({TestDatabase.PostgresVariable} is set).";
    }
}

/// <summary>A test of the PostgreSQL provider itself: it runs when <see cref="TestDatabase.PostgresVariable"/> names a server.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.Provider != DatabaseProvider.Postgres)
            Skip = $"Needs a PostgreSQL server: set {TestDatabase.PostgresVariable} to an Npgsql connection string (.ci/run starts one).";
    }
}
