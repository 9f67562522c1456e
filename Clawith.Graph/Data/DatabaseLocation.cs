using Microsoft.Data.Sqlite;
using Npgsql;

namespace Clawith.Graph.Data;

/// <summary>Which database the server uses, told without secrets: the SQLite file's full path, or PostgreSQL's host and database.</summary>
public sealed class DatabaseLocation(DatabaseProvider provider, string connectionString)
{
    public DatabaseProvider Provider => provider;

    /// <summary>For the few connections the app opens outside EF Core (the live bus's LISTEN); never logged.</summary>
    public string ConnectionString => connectionString;

    public string Describe()
    {
        if (provider == DatabaseProvider.Postgres)
        {
            var postgres = new NpgsqlConnectionStringBuilder(connectionString);
            return $"PostgreSQL database '{postgres.Database}' on {postgres.Host}:{postgres.Port}";
        }
        var sqlite = new SqliteConnectionStringBuilder(connectionString);
        return sqlite.Mode == SqliteOpenMode.Memory || sqlite.DataSource is "" or ":memory:"
            ? "SQLite in memory"
            : $"SQLite file {Path.GetFullPath(sqlite.DataSource)}";
    }
}
