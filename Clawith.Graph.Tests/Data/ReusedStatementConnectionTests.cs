using Clawith.Graph.Data;
using Clawith.Graph.Data.Sqlite;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.Tests.Infrastructure;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Data;

/// <summary>
/// The app's SQLite connections stay open from one unit of work to the next and run each SQL text on a
/// statement prepared once per connection: reused on that connection, correct after the schema changes,
/// gone with the connection, never shared between connections.
/// </summary>
public sealed class ReusedStatementConnectionTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"clawith-statements-{Guid.NewGuid():N}.db");

    public ReusedStatementConnectionTests()
    {
        using var setup = Open();
        Run(setup, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('one'), ('two')");
    }

    [SqliteFact]
    public void A_text_run_again_on_a_connection_runs_on_the_statement_prepared_the_first_time()
    {
        using var connection = Open();
        const string sql = "SELECT body FROM notes WHERE id = $id";

        Assert.Equal(["one"], Rows(connection, sql, ("$id", 1)));
        var prepared = connection.Take(sql);
        connection.Return(prepared);
        Assert.Equal(["two"], Rows(connection, sql, ("$id", 2)));

        Assert.Same(prepared, connection.Take(sql));
    }

    [SqliteFact]
    public void A_statement_kept_across_a_schema_change_answers_with_the_new_schema()
    {
        using var connection = Open();
        const string sql = "SELECT * FROM notes ORDER BY id";
        Assert.Equal(2, Columns(connection, sql));

        using (var other = new SqliteConnection($"Data Source={_path}"))
        {
            other.Open();
            Run(other, "ALTER TABLE notes ADD COLUMN tag TEXT; INSERT INTO notes (body, tag) VALUES ('three', 'new')");
        }

        Assert.Equal(3, Columns(connection, sql));
        Assert.Equal(["one", "two", "three"], Rows(connection, sql));
    }

    [SqliteFact]
    public void Closing_keeps_the_connection_and_its_statements_but_ends_a_transaction_left_open()
    {
        using var connection = Open();
        const string sql = "SELECT count(*) FROM notes";
        Assert.Equal(["2"], Rows(connection, sql));
        var kept = connection.Take(sql);
        connection.Return(kept);
        var transaction = connection.BeginTransaction();
        Run(connection, "INSERT INTO notes (body) VALUES ('uncommitted')", transaction);

        connection.Close();

        Assert.Equal(System.Data.ConnectionState.Open, connection.State);
        Assert.Equal(["2"], Rows(connection, sql));
        Assert.Same(kept, connection.Take(sql));
    }

    [SqliteFact]
    public void Disposing_the_connection_finalizes_its_statements_and_a_new_one_prepares_its_own()
    {
        const string sql = "SELECT body FROM notes WHERE id = 1";
        SqliteCommand kept;
        using (var first = Open())
        {
            Assert.Equal(["one"], Rows(first, sql));
            kept = first.Take(sql);
            first.Return(kept);
        }

        using var second = Open();
        Assert.Equal(["one"], Rows(second, sql));
        Assert.NotSame(kept, second.Take(sql));
        Assert.Null(kept.Connection?.Handle);
    }

    [SqliteFact]
    public void Two_connections_never_share_a_statement_and_each_reads_its_own_parameters()
    {
        using var first = Open();
        using var second = Open();
        const string sql = "SELECT body FROM notes WHERE id = $id";

        Assert.Equal(["one"], Rows(first, sql, ("$id", 1)));
        Assert.Equal(["two"], Rows(second, sql, ("$id", 2)));

        var fromFirst = first.Take(sql);
        var fromSecond = second.Take(sql);
        Assert.NotSame(fromFirst, fromSecond);
        Assert.Same(first, fromFirst.Connection);
        Assert.Same(second, fromSecond.Connection);
    }

    [SqliteFact]
    public void The_same_text_run_while_its_reader_is_open_gets_a_statement_of_its_own()
    {
        using var connection = Open();
        const string sql = "SELECT body FROM notes ORDER BY id";
        using var outer = connection.CreateCommand();
        outer.CommandText = sql;
        using var reader = outer.ExecuteReader();
        Assert.True(reader.Read());

        Assert.Equal(["one", "two"], Rows(connection, sql));
        Assert.Equal("one", reader.GetString(0));
    }

    [SqliteFact]
    public void A_connection_keeps_at_most_its_capacity_of_statements_dropping_the_least_recently_used()
    {
        using var connection = Open();
        for (var n = 0; n <= PreparedStatements.Capacity; n++)
            Rows(connection, $"SELECT {n}");

        Assert.Equal(PreparedStatements.Capacity, connection.KeptStatements);
        Assert.Null(connection.Statements.Take("SELECT 0"));
    }

    [SqliteFact]
    public async Task A_pooled_context_runs_a_hand_written_query_again_on_its_kept_statement()
    {
        await using var app = new ClawithAppFactory();
        await app.InitializeAsync();
        const string sql = "SELECT count(*) FROM users WHERE id <> {0}";

        await using var db = await app.NewDbContextAsync();
        var before = await db.ListAsync(sql, [Guid.Empty.ToString()], row => row.GetInt64(0), CancellationToken.None);
        var connection = Assert.IsType<ReusedStatementConnection>(db.Database.GetDbConnection());
        var kept = connection.KeptStatements;
        var again = await db.ListAsync(sql, [Guid.Empty.ToString()], row => row.GetInt64(0), CancellationToken.None);

        Assert.Equal(before, again);
        Assert.Equal(kept, connection.KeptStatements);
        Assert.Equal(System.Data.ConnectionState.Open, connection.State);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_path + suffix);
    }

    private ReusedStatementConnection Open()
    {
        var connection = new ReusedStatementConnection($"Data Source={_path}");
        connection.Open();
        return connection;
    }

    private static void Run(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    private static List<string> Rows(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(Convert.ToString(reader.GetValue(reader.FieldCount > 1 ? 1 : 0), System.Globalization.CultureInfo.InvariantCulture)!);
        return rows;
    }

    private static int Columns(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        return reader.FieldCount;
    }
}
