using Clawith.Graph.Bench.Hosting;
using Clawith.Graph.Data.Sqlite;
using Microsoft.Data.Sqlite;

namespace Clawith.Graph.Bench.Baselines;

/// <summary>
/// The baselines' plain ADO.NET access: a pooled connection per request, set up as the server's are
/// (a floor that read the file another way would measure the setting, not the server), every command counted.
/// </summary>
public sealed class CountedSql(string connectionString, SqliteConnectionSetup setup, SqlCommandCount count)
{
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        setup.Configure(connection);
        return connection;
    }

    public SqliteCommand Command(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
            command.Parameters.Add(new SqliteParameter(name, null));
        return command;
    }

    public SqliteDataReader Read(SqliteCommand command)
    {
        count.Add();
        return command.ExecuteReader();
    }

    public object? Scalar(SqliteCommand command)
    {
        count.Add();
        return command.ExecuteScalar();
    }
}
