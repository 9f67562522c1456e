using Clawith.Graph.Data;
using Clawith.Graph.Data.Resilience;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clawith.Graph.Tests.Resilience;

/// <summary>How the app opens SQLite: the file in WAL mode, and foreign keys and a busy timeout on every connection.</summary>
public sealed class SqliteConnectionTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [SqliteFact]
    public async Task Every_connection_the_app_opens_has_foreign_keys_on_and_a_five_second_busy_timeout()
    {
        await using var db = await app.NewDbContextAsync();

        Assert.Equal("1", await PragmaAsync(db, "foreign_keys"));
        Assert.Equal("5000", await PragmaAsync(db, "busy_timeout"));
    }

    [SqliteFact]
    public async Task The_database_file_is_left_in_WAL_mode_for_every_connection_not_only_the_apps()
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(app.DatabaseConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }

    [SqliteFact]
    public async Task The_busy_timeout_is_DatabaseResilience_BusyTimeoutMilliseconds()
    {
        await using var server = app.WithWebHostBuilder(host => host.UseSetting($"{DatabaseResilienceOptions.Section}:BusyTimeoutMilliseconds", "1234"));
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<ClawithDbContext>>().CreateDbContextAsync();

        Assert.Equal("1234", await PragmaAsync(db, "busy_timeout"));
    }

    private static async Task<string?> PragmaAsync(ClawithDbContext db, string pragma)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {pragma}";
        return Convert.ToString(await command.ExecuteScalarAsync());
    }
}
