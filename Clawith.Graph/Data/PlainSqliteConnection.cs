using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace Clawith.Graph.Data;

/// <summary>
/// EF's SQLite connection without the functions EF adds to every connection it creates (decimal
/// arithmetic, aggregates and ordering, and regexp). Microsoft.Data.Sqlite registers a connection's
/// functions again at every open and removes them at every close: 24 native calls around each query,
/// where this model has no decimal column and no query matches a regular expression
/// (<c>SqliteConnectionTests</c> keeps it so).
/// </summary>
#pragma warning disable EF1001 // SqliteRelationalConnection is EF's own connection; only its creation of the DbConnection changes.
public sealed class PlainSqliteConnection(
    RelationalConnectionDependencies dependencies, IRawSqlCommandBuilder rawSqlCommandBuilder, IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    protected override System.Data.Common.DbConnection CreateDbConnection() => new SqliteConnection(GetValidatedConnectionString());
}

public static class PlainSqliteConnections
{
    /// <summary>Every context of these options opens <see cref="PlainSqliteConnection"/>s.</summary>
    public static DbContextOptionsBuilder UsePlainSqliteConnections(this DbContextOptionsBuilder builder) =>
        builder.ReplaceService<ISqliteRelationalConnection, PlainSqliteConnection>();
}
#pragma warning restore EF1001
