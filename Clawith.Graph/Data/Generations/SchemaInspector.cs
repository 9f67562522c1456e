using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Clawith.Graph.Data.Generations;

/// <summary>
/// Reads the columns of the tables that tell the generations apart, straight through ADO.NET: EF's model
/// depends on the generation, so it cannot be asked before the answer is known.
/// </summary>
public static class SchemaInspector
{
    public static async Task<SchemaShape> ReadAsync(DatabaseLocation database, CancellationToken cancellationToken)
    {
        var tables = SchemaShape.TablesRead.Append("chat_sessions").Distinct().ToList();
        await using var connection = Open(database);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = database.Provider == DatabaseProvider.Postgres
            ? """
              SELECT table_name, column_name FROM information_schema.columns
              WHERE table_schema = ANY (current_schemas(false)) AND table_name = ANY (@tables)
              """
            : $"""
              SELECT m.name, p.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p
              WHERE m.type = 'table' AND m.name IN ({string.Join(", ", tables.Select((_, n) => $"@t{n}"))})
              """;
        if (connection is NpgsqlConnection)
            command.Parameters.Add(new NpgsqlParameter("tables", tables.ToArray()));
        else
            for (var n = 0; n < tables.Count; n++)
                command.Parameters.Add(new SqliteParameter($"@t{n}", tables[n]));
        var columns = new Dictionary<string, HashSet<string>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var table = reader.GetString(0);
            if (!columns.TryGetValue(table, out var names))
                columns[table] = names = [];
            names.Add(reader.GetString(1));
        }
        return new SchemaShape(columns.ToDictionary(pair => pair.Key, pair => (IReadOnlySet<string>)pair.Value));
    }

    private static DbConnection Open(DatabaseLocation database) => database.Provider == DatabaseProvider.Postgres
        ? new NpgsqlConnection(database.ConnectionString)
        : new SqliteConnection(database.ConnectionString);
}
