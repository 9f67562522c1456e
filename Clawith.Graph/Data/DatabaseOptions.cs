using Clawith.Graph.Configuration;
using Clawith.Graph.Data.Generations;

namespace Clawith.Graph.Data;

/// <summary>The <c>Database</c> section of appsettings.json (ARCHITECTURE §3).</summary>
public sealed class DatabaseOptions : ICheckedSettings
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

    /// <summary>
    /// Which shape of Clawith's chat tables to serve: <c>auto</c> reads it from the database's columns at start
    /// (a new, empty database gets Clawith's REST module's, 225b36fd), or a commit, <c>225b36fd</c> or <c>251aeba8</c>, pins it.
    /// </summary>
    public string ClawithSchema { get; set; } = SchemaGenerations.Auto;

    /// <summary>The generation <see cref="ClawithSchema"/> pins; null for auto.</summary>
    public SchemaGeneration? PinnedGeneration => SchemaGenerations.TryParse(ClawithSchema, out var pinned) ? pinned : null;

    public void Check(SettingsCheck check) => check
        .NotNegative(SqliteMemoryMapMegabytes, nameof(SqliteMemoryMapMegabytes))
        .That(PinnedGeneration is not null || ClawithSchema == SchemaGenerations.Auto,
            $"{check.Key(nameof(ClawithSchema))} must be {SchemaGenerations.Auto}, 225b36fd or 251aeba8, not '{ClawithSchema}'.");
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
