using Clawith.Graph.Data;
using Clawith.Graph.Data.Resilience;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clawith.Graph.Tests.Resilience;

/// <summary>How the app opens SQLite: the file in WAL mode, foreign keys, a busy timeout and a memory map on every connection, and none of EF's functions.</summary>
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
        Assert.Equal("1234", await PragmaWithSettingAsync($"{DatabaseResilienceOptions.Section}:BusyTimeoutMilliseconds", "1234", "busy_timeout"));
    }

    [SqliteFact]
    public async Task Every_connection_reads_the_file_through_a_memory_map_of_1024_MiB_by_default()
    {
        await using var db = await app.NewDbContextAsync();

        Assert.Equal((1024L * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture), await PragmaAsync(db, "mmap_size"));
    }

    [SqliteFact]
    public async Task Database_SqliteMemoryMapMegabytes_sizes_the_memory_map_and_0_turns_it_off()
    {
        Assert.Equal("16777216", await PragmaWithSettingAsync($"{DatabaseOptions.Section}:SqliteMemoryMapMegabytes", "16", "mmap_size"));
        Assert.Equal("0", await PragmaWithSettingAsync($"{DatabaseOptions.Section}:SqliteMemoryMapMegabytes", "0", "mmap_size"));
    }

    [SqliteFact]
    public void A_negative_memory_map_is_refused_at_start_with_the_key_named()
    {
        using var server = app.WithWebHostBuilder(host => host.UseSetting($"{DatabaseOptions.Section}:SqliteMemoryMapMegabytes", "-1"));

        var refused = Assert.ThrowsAny<Exception>(() => server.Services);
        Assert.Contains("Database:SqliteMemoryMapMegabytes", refused.ToString());
    }

    [Theory]
    [InlineData("BusyTimeoutMilliseconds", "0")]
    [InlineData("RetryAfterSeconds", "0")]
    [InlineData("MaxRetryCount", "-1")]
    public void A_resilience_setting_out_of_range_is_refused_at_start_with_the_key_named(string key, string value)
    {
        using var server = app.WithWebHostBuilder(host => host.UseSetting($"{DatabaseResilienceOptions.Section}:{key}", value));

        var refused = Assert.ThrowsAny<Exception>(() => server.Services);
        Assert.Contains($"DatabaseResilience:{key} must", refused.ToString());
    }

    [SqliteFact]
    public async Task A_connection_keeps_foreign_keys_on_when_the_pool_hands_it_out_again()
    {
        for (var open = 0; open < 3; open++)
        {
            await using var db = await app.NewDbContextAsync();
            Assert.Equal("1", await PragmaAsync(db, "foreign_keys"));
        }
    }

    [SqliteFact]
    public async Task The_app_s_connections_carry_none_of_EF_s_decimal_and_regexp_functions()
    {
        await using var db = await app.NewDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT ef_add(1, 2)";

        var missing = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteScalarAsync());
        Assert.Contains("no such function", missing.Message);
    }

    [Fact]
    public void No_property_of_the_model_is_a_decimal_which_is_what_EF_s_SQLite_functions_are_for()
    {
        using var db = new ClawithDbContext(new DbContextOptionsBuilder<ClawithDbContext>().UseSqlite("Data Source=:memory:").Options);

        var decimals = db.Model.GetEntityTypes().SelectMany(entity => entity.GetProperties())
            .Where(property => (Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType) == typeof(decimal))
            .Select(property => $"{property.DeclaringType.ClrType.Name}.{property.Name}");

        Assert.Empty(decimals);
    }

    /// <summary>
    /// A pragma as an app started with one setting changed sets it. Microsoft.Data.Sqlite pools native
    /// connections per connection string for the whole process, so the connections that app set up are
    /// closed afterwards: the shared app would take them back with its own set-up skipped.
    /// </summary>
    private async Task<string?> PragmaWithSettingAsync(string key, string value, string pragma)
    {
        try
        {
            await using var server = app.WithWebHostBuilder(host => host.UseSetting(key, value));
            await using var db = await server.Services.GetRequiredService<IDbContextFactory<ClawithDbContext>>().CreateDbContextAsync();
            return await PragmaAsync(db, pragma);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    private static async Task<string?> PragmaAsync(ClawithDbContext db, string pragma)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {pragma}";
        return Convert.ToString(await command.ExecuteScalarAsync());
    }
}
