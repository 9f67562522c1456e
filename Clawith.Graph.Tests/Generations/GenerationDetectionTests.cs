using Clawith.Graph.Data.Generations;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Messages.Sending;
using Clawith.Graph.Tests.Sessions.Mutations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Clawith.Graph.Tests.Generations;

/// <summary>
/// Database:ClawithSchema: auto reads the generation from the database's columns at start, a commit pins it and
/// must agree with them, a new database gets 225b36fd; a database Clawith upgrades in place works after a
/// restart with no setting changed.
/// </summary>
public sealed class GenerationDetectionTests
{
    [Theory]
    [InlineData(SchemaGeneration.Commit225b36fd)]
    [InlineData(SchemaGeneration.Commit251aeba8)]
    public async Task Auto_reads_the_generation_from_the_columns(SchemaGeneration generation)
    {
        await using var world = await ClawithAppFactory.CreateAsync(generation);
        await using var server = world.WithWebHostBuilder(host => host.UseSetting("Database:ClawithSchema", "auto"));

        _ = server.Server;

        Assert.Equal(generation, server.Services.GetRequiredService<DatabaseGeneration>().Current);
    }

    [SqliteFact]
    public async Task A_new_database_gets_the_seeds_generation()
    {
        var path = Path.Combine(Path.GetTempPath(), $"clawith-generation-{Guid.NewGuid():N}.db");
        try
        {
            await using (var app = StartOn(path, "auto"))
            {
                _ = app.Server;
                Assert.Equal(SchemaGeneration.Commit225b36fd, app.Services.GetRequiredService<DatabaseGeneration>().Current);
            }
            // Created so, it reads as 225b36fd next time too.
            await using var again = StartOn(path, "auto");
            _ = again.Server;
            Assert.Equal(SchemaGeneration.Commit225b36fd, again.Services.GetRequiredService<DatabaseGeneration>().Current);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_pinned_generation_the_database_contradicts_stops_the_start_naming_the_setting()
    {
        await using var world = await ClawithAppFactory.CreateAsync(SchemaGeneration.Commit225b36fd);
        await using var server = world.WithWebHostBuilder(host => host.UseSetting("Database:ClawithSchema", "251aeba8"));

        var failure = Assert.ThrowsAny<Exception>(() => server.Server);

        var message = string.Join(" | ", Causes(failure).Select(e => e.Message));
        Assert.Contains("Database:ClawithSchema is 251aeba8, but the database's chat tables are Clawith 225b36fd's", message);
    }

    [Fact]
    public async Task An_unknown_setting_stops_the_start_naming_the_key()
    {
        await using var world = await ClawithAppFactory.CreateAsync();
        await using var server = world.WithWebHostBuilder(host => host.UseSetting("Database:ClawithSchema", "head"));

        var failure = Assert.ThrowsAny<Exception>(() => server.Server);

        Assert.Contains(Causes(failure), e => e.Message.Contains("Database:ClawithSchema must be auto, 225b36fd or 251aeba8, not 'head'"));
    }

    /// <summary>
    /// A 225b36fd database with rows, upgraded in place as Clawith's migrations do (clawith-225b36fd-to-251aeba8.sql:
    /// 046 elects primaries and marks everything read, 052 derives access modes, unified_chat types the sessions,
    /// f060 backfills message tenants), then a restart with the same settings: 251aeba8's rules apply.
    /// </summary>
    [PostgresFact]
    public async Task A_database_upgraded_in_place_is_served_as_251aeba8_after_a_restart_with_no_setting_changed()
    {
        await using var world = await ClawithAppFactory.CreateAsync(SchemaGeneration.Commit225b36fd);
        var database = world.DatabaseConnectionString;
        await PostgresTestDatabase.QueryAsync(database, $"""
            CREATE TABLE IF NOT EXISTS tenants (id uuid NOT NULL PRIMARY KEY, name varchar(200) NOT NULL, slug varchar(50) NOT NULL,
              is_active boolean NOT NULL DEFAULT true, created_at timestamptz NOT NULL DEFAULT now());
            INSERT INTO tenants (id, name, slug) VALUES ('{TestWorld.Tenant}', 'Upgraded', 'upgraded');
            UPDATE users SET tenant_id = '{TestWorld.Tenant}';
            UPDATE agents SET tenant_id = '{TestWorld.Tenant}';
            """);
        await PostgresTestDatabase.QueryAsync(database, await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Infrastructure", "clawith-225b36fd-to-251aeba8.sql")));
        await PostgresTestDatabase.QueryAsync(database, await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Infrastructure", "clawith-python-defaults.sql")));

        // The same settings as before the upgrade, auto included.
        await using var restarted = world.WithWebHostBuilder(host => host.UseSetting("Database:ClawithSchema", "auto"));
        // GraphClient.As would go to the world's own server: the creator's client is made on the restarted one.
        var http = restarted.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", world.TokenFor(TestWorld.Creator));
        var creator = new GraphClient(http, world);

        Assert.Equal(SchemaGeneration.Commit251aeba8, restarted.Services.GetRequiredService<DatabaseGeneration>().Current);
        // 046 elected the creator's web session with user messages, the latest, as the primary; reads find it.
        var primary = await creator.PostAsync(
            $$"""{ session(agentId: "{{TestWorld.Atlas}}", id: "{{TestWorld.CreatorWeb}}") { isPrimary sessionType } }""");
        Assert.True((bool)primary.ShouldSucceed().Data!["session"]!["isPrimary"]!);
        // A new session does not demote it; a message is stamped with the tenant; a delete is soft.
        var created = PayloadAssert.Succeeded(await creator.CreateSessionAsync(new { agentId = TestWorld.Atlas }), "createSession");
        Assert.Equal(["True"], await PostgresTestDatabase.QueryAsync(database, $"SELECT is_primary FROM chat_sessions WHERE id = '{TestWorld.CreatorWeb}'"));
        Assert.Equal(["False"], await PostgresTestDatabase.QueryAsync(database, $"SELECT is_primary FROM chat_sessions WHERE id = '{created["session"]!["id"]}'"));
        PayloadAssert.Succeeded(await creator.SendMessageAsync(TestWorld.Atlas, TestWorld.CreatorTie, "After the upgrade"), "sendMessage");
        Assert.Equal([TestWorld.Tenant.ToString()], await PostgresTestDatabase.QueryAsync(database,
            "SELECT tenant_id FROM chat_messages WHERE content = 'After the upgrade'"));
        PayloadAssert.Succeeded(await creator.DeleteSessionAsync(new { agentId = TestWorld.Atlas, sessionId = TestWorld.CreatorWeb }), "deleteSession");
        Assert.Equal(["2"], await PostgresTestDatabase.QueryAsync(database, $"SELECT count(*) FROM chat_messages WHERE conversation_id = '{TestWorld.CreatorWeb}'"));
    }

    private static WebApplicationFactory<Program> StartOn(string path, string generation) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseEnvironment("Testing")
            .UseSetting("Jwt:SecretKey", ClawithAppFactory.SecretKey)
            .UseSetting("ConnectionStrings:Clawith", $"Data Source={path}")
            .UseSetting("Database:Provider", "Sqlite")
            .UseSetting("Database:CreateSchema", "true")
            .UseSetting("Database:SeedDemoData", "false")
            .UseSetting("Database:ClawithSchema", generation));

    private static IEnumerable<Exception> Causes(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Causes))
                    yield return inner;
        }
    }
}
