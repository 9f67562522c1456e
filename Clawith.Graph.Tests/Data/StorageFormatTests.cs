using Clawith.Graph.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Data;

/// <summary>On SQLite the app writes what Clawith writes there (ARCHITECTURE §4), so both can share a file.</summary>
public sealed class StorageFormatTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [SqliteFact]
    public async Task Uuids_are_lowercase_text_and_conversation_ids_match_session_ids()
    {
        var row = await ReadRowAsync("""
            SELECT s.id, typeof(s.id), m.conversation_id
            FROM chat_sessions s JOIN chat_messages m ON m.conversation_id = s.id
            WHERE s.id = $id LIMIT 1
            """, TestWorld.CreatorWeb.ToString());

        Assert.Equal(TestWorld.CreatorWeb.ToString(), row[0]);
        Assert.Equal("text", row[1]);
        Assert.Equal(row[0], row[2]);
    }

    [SqliteFact]
    public async Task Timestamps_are_utc_text_that_sorts_in_time_order()
    {
        var row = await ReadRowAsync("SELECT created_at, typeof(created_at) FROM chat_messages WHERE id = $id",
            TestWorld.MessageId(TestWorld.CreatorWeb, 2).ToString());

        Assert.Equal("2026-01-01 10:01:00", row[0]);
        Assert.Equal("text", row[1]);
    }

    [SqliteFact]
    public async Task Booleans_are_zero_or_one_and_roles_their_snake_case_labels()
    {
        var group = await ReadRowAsync("SELECT is_group, typeof(is_group) FROM chat_sessions WHERE id = $id", TestWorld.CreatorGroup.ToString());
        var role = await ReadRowAsync("SELECT role FROM users WHERE id = $id", TestWorld.PlatformAdmin.ToString());
        var messageRole = await ReadRowAsync("SELECT role FROM chat_messages WHERE id = $id", TestWorld.MessageId(TestWorld.PermittedTools, 2).ToString());

        Assert.Equal(("1", "integer"), (group[0], group[1]));
        Assert.Equal("platform_admin", role[0]);
        Assert.Equal("tool_call", messageRole[0]);
    }

    [SqliteFact]
    public async Task Rows_written_by_another_program_in_clawiths_format_are_read_back()
    {
        await using (var db = await app.NewDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO chat_messages (id, agent_id, user_id, role, content, conversation_id, created_at)
                VALUES ('e9999999-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000003',
                        '10000000-0000-4000-8000-000000000003', 'assistant', 'Written by Clawith', 'c0000000-0000-4000-8000-000000000021',
                        '2026-01-01 01:00:00.123456')
                """);
        }

        var response = await app.Client().As(TestWorld.AgentAdmin).PostAsync("""
            { session(agentId: "a0000000-0000-4000-8000-000000000003", id: "c0000000-0000-4000-8000-000000000021") {
                messages { nodes { content createdAt } } } }
            """);

        var last = response.ShouldSucceed().Data!["session"]!["messages"]!["nodes"]!.AsArray()[^1]!;
        Assert.Equal("Written by Clawith", (string?)last["content"]);
        Assert.Equal("2026-01-01T01:00:00.123456+00:00", (string?)last["createdAt"]);
    }

    private async Task<string?[]> ReadRowAsync(string sql, string id)
    {
        await using var db = await app.NewDbContextAsync();
        await using var connection = new SqliteConnection(db.Database.GetConnectionString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"No row for {id}");
        return [.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i)))];
    }
}
