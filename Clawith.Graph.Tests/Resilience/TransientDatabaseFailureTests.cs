using System.Net.Sockets;
using Clawith.Graph.Data.Resilience;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Clawith.Graph.Tests.Resilience;

/// <summary>Which failures mean "the database is busy or out of reach, try again" — through EF's wrappers — and which do not.</summary>
public sealed class TransientDatabaseFailureTests
{
    public static TheoryData<string, Exception, bool> Failures => new()
    {
        { "SQLite busy", new SqliteException("database is locked", 5), true },
        { "SQLite locked table", new SqliteException("database table is locked", 6), true },
        { "SQLite cannot open the file", new SqliteException("unable to open database file", 14), true },
        { "SQLite busy inside DbUpdateException", new DbUpdateException("save failed", new SqliteException("database is locked", 5)), true },
        { "SQLite constraint", new SqliteException("FOREIGN KEY constraint failed", 19), false },
        { "PostgreSQL serialization failure", Postgres(PostgresErrorCodes.SerializationFailure), true },
        { "PostgreSQL deadlock", Postgres(PostgresErrorCodes.DeadlockDetected), true },
        { "PostgreSQL connection terminated by an administrator", Postgres(PostgresErrorCodes.AdminShutdown), true },
        { "PostgreSQL database not accepting connections", Postgres(PostgresErrorCodes.ObjectNotInPrerequisiteState), true },
        { "PostgreSQL database missing", Postgres(PostgresErrorCodes.InvalidCatalogName), true },
        { "PostgreSQL unreachable", new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)), true },
        { "PostgreSQL retries exhausted", new RetryLimitExceededException("retries exhausted", Postgres(PostgresErrorCodes.AdminShutdown)), true },
        { "PostgreSQL unique violation", Postgres(PostgresErrorCodes.UniqueViolation), false },
        { "a cancelled query", new OperationCanceledException("cancelled", Postgres(PostgresErrorCodes.QueryCanceled)), false },
        { "a bug", new InvalidOperationException("no"), false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void A_failure_is_transient_only_when_the_database_was_busy_or_out_of_reach(string failure, Exception exception, bool transient) =>
        Assert.True(TransientDatabaseFailure.IsTransient(exception) == transient, failure);

    private static PostgresException Postgres(string sqlState) => new("message", "ERROR", "ERROR", sqlState);
}
