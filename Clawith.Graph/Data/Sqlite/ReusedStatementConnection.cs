using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Clawith.Graph.Data.Sqlite;

/// <summary>
/// A SQLite connection that keeps its native connection, and the statements prepared on it, from one unit
/// of work to the next. Microsoft.Data.Sqlite prepares a command's SQL afresh at every execution and
/// finalizes it when the connection closes, and preparing the sidebar's page statement (a union of two
/// index walks with subqueries) costs SQLite about as much as running it (docs/BENCHMARKS.md). Each pooled
/// DbContext owns one of these for its life in the pool: EF's "close" after a query or when the context is
/// returned keeps it open (ending any transaction left open), and every command EF creates on it runs a
/// statement prepared once per connection (<see cref="ReusedStatementCommand"/>). It closes for real when
/// the context leaves the pool (disposed with the app, or beyond the pool's size).
/// </summary>
public sealed class ReusedStatementConnection(string connectionString) : SqliteConnection(connectionString)
{
    private readonly PreparedStatements _statements = new();

    /// <summary>Keeps the native connection and its prepared statements; only a transaction left open ends (rolled back), as at a real close.</summary>
    public override void Close() => Transaction?.Dispose();

    protected override DbCommand CreateDbCommand() => new ReusedStatementCommand(this);

    /// <summary>A prepared command for <paramref name="sql"/> that no reader holds, prepared on this connection the first time.</summary>
    internal SqliteCommand Take(string sql) => _statements.Take(sql) ?? new SqliteCommand(sql, this);

    /// <summary>Keeps <paramref name="command"/> for the next execution of its SQL.</summary>
    internal void Return(SqliteCommand command) => _statements.Return(command);

    internal PreparedStatements Statements => _statements;

    internal int KeptStatements => _statements.Count;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _statements.Dispose();
            base.Close();
        }
        base.Dispose(disposing);
    }
}
