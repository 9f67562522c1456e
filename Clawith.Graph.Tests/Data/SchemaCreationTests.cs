using Clawith.Graph.Data;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Clawith.Graph.Tests.Data;

/// <summary>Database:CreateSchema adds what is missing and never drops or alters what is there.</summary>
public sealed class SchemaCreationTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"clawith-schema-{Guid.NewGuid():N}.db");

    [SqliteFact]
    public async Task Missing_tables_are_created_beside_existing_ones_whose_rows_and_extra_columns_stay()
    {
        await ExecuteAsync("""
            CREATE TABLE identities (id TEXT PRIMARY KEY, username TEXT UNIQUE, email TEXT);
            INSERT INTO identities (id, username, email) VALUES ('f0000000-0000-4000-8000-000000000001', 'kept', 'kept@example.test');
            """);

        await StartAppAsync(seedDemoData: false);

        // chat_messages_search is the message search's FTS5 table, with the shadow tables FTS5 keeps it in.
        Assert.Equal(["agent_permissions", "agents", "chat_messages", "chat_messages_search", "chat_messages_search_config", "chat_messages_search_data",
            "chat_messages_search_docsize", "chat_messages_search_idx", "chat_sessions", "identities", "participants", "users"], await TablesAsync());
        Assert.Equal("kept@example.test", await ScalarAsync("SELECT email FROM identities WHERE username = 'kept'"));
        Assert.Equal("1", await ScalarAsync("SELECT count(*) FROM sqlite_master WHERE name = 'ix_chat_messages_conversation'"));
    }

    [SqliteFact]
    public async Task Demo_data_is_seeded_into_an_empty_database_once()
    {
        await StartAppAsync(seedDemoData: true);
        var users = await ScalarAsync("SELECT count(*) FROM users");
        var sessions = await ScalarAsync("SELECT count(*) FROM chat_sessions");

        await StartAppAsync(seedDemoData: true);

        Assert.Equal(DemoData.Usernames.Count.ToString(), users);
        Assert.Equal(users, await ScalarAsync("SELECT count(*) FROM users"));
        Assert.Equal(sessions, await ScalarAsync("SELECT count(*) FROM chat_sessions"));
        Assert.Equal("1", await ScalarAsync("SELECT count(*) FROM chat_sessions WHERE source_channel = 'agent' AND peer_agent_id IS NOT NULL"));
    }

    [SqliteFact]
    public async Task With_create_schema_off_nothing_is_created()
    {
        await StartAppAsync(seedDemoData: false, createSchema: false);

        Assert.Empty(await TablesAsync());
    }

    private async Task StartAppAsync(bool seedDemoData, bool createSchema = true)
    {
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseEnvironment("Testing")
            .UseSetting("Jwt:SecretKey", ClawithAppFactory.SecretKey)
            .UseSetting("ConnectionStrings:Clawith", $"Data Source={_path}")
            .UseSetting("Database:CreateSchema", createSchema.ToString())
            .UseSetting("Database:SeedDemoData", seedDemoData.ToString()));
        _ = app.Server;
    }

    private async Task<List<string>> TablesAsync()
    {
        var names = await ScalarAsync("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name)");
        return string.IsNullOrEmpty(names) ? [] : [.. names.Split(',')];
    }

    private async Task<string?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync());
    }

    private async Task ExecuteAsync(string sql) => await ScalarAsync(sql);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
