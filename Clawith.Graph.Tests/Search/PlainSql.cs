using System.Data.Common;
using System.Globalization;
using Clawith.Graph.Data;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Clawith.Graph.Tests.Search;

/// <summary>
/// Writes to the test database as Clawith's backend beside this server would: its own connection, plain SQL with
/// literal values (which both databases read as their column types), none of the app's functions or EF.
/// </summary>
public static class PlainSql
{
    public static async Task ExecuteAsync(ClawithAppFactory app, string sql)
    {
        await using DbConnection connection = TestDatabase.Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(app.DatabaseConnectionString + ";Pooling=False")
            : new NpgsqlConnection(app.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The INSERT of a user message to <paramref name="agent"/> in <paramref name="session"/>.</summary>
    public static string MessageInsert(Guid id, Guid agent, Guid user, Guid session, string content, DateTime at) => $"""
        INSERT INTO chat_messages (id, agent_id, user_id, role, content, conversation_id, created_at)
        VALUES ('{id}', '{agent}', '{user}', 'user', '{content.Replace("'", "''")}', '{session}', '{at.ToString(StorageConventions.SqliteTimestampFormat, CultureInfo.InvariantCulture)}')
        """;
}
