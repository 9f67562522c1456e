using Microsoft.Data.Sqlite;
using Npgsql;
using SQLitePCL;

namespace Clawith.Graph.Data.Resilience;

/// <summary>
/// Tells a database that is busy or out of reach — worth trying again in a moment — from every other
/// failure, through the wrappers EF puts around it (DbUpdateException, RetryLimitExceededException).
/// A cancelled request is never one: the client left, or its time ran out.
/// </summary>
public static class TransientDatabaseFailure
{
    public static bool IsTransient(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is OperationCanceledException)
                return false;
            if (IsBusyOrUnreachable(current))
                return true;
        }
        return false;
    }

    private static bool IsBusyOrUnreachable(Exception exception) => exception switch
    {
        // Not answered since the server started: its generation, read from its columns, is not known yet.
        Generations.SchemaGenerationUnknownException => true,
        // Locked by another connection past the busy timeout, or the file cannot be opened, read or grown.
        SqliteException sqlite => sqlite.SqliteErrorCode is raw.SQLITE_BUSY or raw.SQLITE_LOCKED
            or raw.SQLITE_CANTOPEN or raw.SQLITE_IOERR or raw.SQLITE_FULL,
        // Npgsql's own judgement (connection failures, shutdowns, deadlocks, serialization failures),
        // plus a database that is not there (renamed or dropped under the server).
        PostgresException postgres => postgres.IsTransient || postgres.SqlState == PostgresErrorCodes.InvalidCatalogName,
        NpgsqlException npgsql => npgsql.IsTransient,
        _ => false,
    };
}
