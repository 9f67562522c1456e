namespace Clawith.Graph.Data;

/// <summary>The <c>Database</c> section of appsettings.json (CONTRACT §4).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "Clawith";
    public const string DefaultConnectionString = "Data Source=clawith.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public bool CreateSchema { get; set; } = true;
    /// <summary>Off unless asked for: appsettings.Development.json turns it on for <c>dotnet run</c>.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>
    /// SQLite: how much of the file each connection reads through a memory map (0 turns it off). Pages
    /// then come straight from the operating system's file cache, which every pooled connection shares,
    /// instead of being copied in by a read call into each connection's own 2 MB page cache: a sidebar
    /// page touches more pages than that cache holds, so without the map it read them all again every time.
    /// </summary>
    public int SqliteMemoryMapMegabytes { get; set; } = 1024;

    public long SqliteMemoryMapBytes => SqliteMemoryMapMegabytes * 1024L * 1024;

    public static DatabaseOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.SqliteMemoryMapMegabytes < 0)
            throw new InvalidOperationException($"{Section}:SqliteMemoryMapMegabytes must be at least 0 (0 turns the memory map off).");
        return options;
    }
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
