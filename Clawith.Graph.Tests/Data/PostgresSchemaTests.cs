using Clawith.Graph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Clawith.Graph.Tests.Data;

/// <summary>
/// On PostgreSQL the server lives beside Clawith: it works on Clawith's own tables and enum types
/// without altering them, and on an empty database it creates the same column types.
/// </summary>
public sealed class PostgresSchemaTests
{
    private const string Columns = """
        SELECT table_name, column_name, data_type, udt_name, is_nullable, coalesce(character_maximum_length, 0)
        FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, column_name
        """;
    private const string Indexes = "SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY tablename, indexname";
    private const string EnumLabels = """
        SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY t.typname
        """;

    [PostgresFact]
    public async Task On_Clawith_s_schema_the_server_reads_and_writes_and_alters_nothing()
    {
        await using var untouched = new PostgresTestDatabase(TestDatabase.PostgresServer!, generation: TestGeneration.Current);
        await untouched.PrepareAsync();
        await using var app = await ClawithAppFactory.CreateAsync();
        var client = app.Client().As(TestWorld.Creator);

        var created = await client.RestAsync(HttpMethod.Post, $"/api/agents/{TestWorld.Atlas}/sessions", new { title = "Beside Clawith" });
        var id = (string)created.Json["id"]!;
        var renamed = await client.RestAsync(HttpMethod.Patch, $"/api/agents/{TestWorld.Atlas}/sessions/{id}", new { title = "Renamed" });
        var deleted = await client.RestAsync(HttpMethod.Delete, $"/api/agents/{TestWorld.Atlas}/sessions/{TestWorld.CreatorWeb}");
        var listed = (await client.PostAsync($$"""{ sessions(agentId: "{{TestWorld.Atlas}}") { nodes { id } } }""")).ShouldSucceed();

        Assert.Equal([201, 200, 204], [(int)created.Status, (int)renamed.Status, (int)deleted.Status]);
        Assert.NotEmpty(listed.Data!["sessions"]!["nodes"]!.AsArray());
        foreach (var catalog in new[] { Columns, Indexes, EnumLabels })
            Assert.Equal(await untouched.QueryAsync(catalog), await PostgresTestDatabase.QueryAsync(app.DatabaseConnectionString, catalog));
    }

    [PostgresFact]
    public async Task On_an_empty_database_the_server_creates_Clawith_s_column_types_and_enum_labels()
    {
        await using var clawith = new PostgresTestDatabase(TestDatabase.PostgresServer!);
        await clawith.PrepareAsync();
        await using var empty = new PostgresTestDatabase(TestDatabase.PostgresServer!, clawithSchema: false);
        await empty.PrepareAsync();

        await using (var app = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseEnvironment("Testing")
            .UseSetting("Jwt:SecretKey", ClawithAppFactory.SecretKey)
            .UseSetting("Database:Provider", "Postgres")
            .UseSetting("ConnectionStrings:Clawith", empty.ConnectionString)
            .UseSetting("Database:CreateSchema", "true")
            .UseSetting("Database:SeedDemoData", "true")))
        {
            _ = app.Server;
        }

        var created = await empty.QueryAsync(Columns);
        var clawithColumns = (await clawith.QueryAsync(Columns)).ToHashSet();
        Assert.NotEmpty(created);
        Assert.All(created, column => Assert.Contains(column, clawithColumns));
        Assert.Equal(await clawith.QueryAsync(EnumLabels.Replace("GROUP BY", "AND t.typname <> 'agent_status_enum' GROUP BY")),
            await empty.QueryAsync(EnumLabels));
        Assert.Contains(await empty.QueryAsync(Indexes), index => index.Contains("ix_chat_messages_conversation"));
        Assert.Equal(["5"], await empty.QueryAsync("SELECT count(*) FROM users"));
    }
}
