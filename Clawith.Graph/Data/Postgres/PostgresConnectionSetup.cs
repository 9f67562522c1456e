using System.Data.Common;
using Npgsql;

namespace Clawith.Graph.Data.Postgres;

/// <summary>
/// The connection string the server opens PostgreSQL with: the operator's, with Npgsql's automatic
/// preparation turned on when it does not say otherwise. Without it PostgreSQL parses and plans every
/// statement at every execution, and the listing's page statement (a union of two index walks with counts and
/// joins) costs more to plan than to run: prepared once per pooled connection, the sidebar answered at 3.2× the
/// throughput and a one-id page at 3.3× (docs/BENCHMARKS.md, "PostgreSQL: Npgsql's automatic preparation").
/// A pooler in transaction mode that cannot carry prepared statements (PgBouncer before 1.21) needs
/// <c>Max Auto Prepare=0</c> in the connection string, which this keeps.
/// </summary>
public static class PostgresConnectionSetup
{
    /// <summary>How many statements each connection keeps prepared: the server sends a few dozen shapes, most of them rarely.</summary>
    public const int AutoPreparedStatements = 64;

    public static string ConnectionString(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!SetsAutoPrepare(connectionString))
            builder.MaxAutoPrepare = AutoPreparedStatements;
        return builder.ConnectionString;
    }

    /// <summary>
    /// Whether the operator's string names the setting, in either of Npgsql's spellings ("Max Auto Prepare",
    /// "MaxAutoPrepare"): Npgsql's own builder answers true for every keyword it knows, set or not.
    /// </summary>
    private static bool SetsAutoPrepare(string connectionString) =>
        new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Any(key => key.Replace(" ", "", StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase));
}
