namespace Clawith.Graph.Data;

/// <summary>The <c>Database</c> section of appsettings.json (CONTRACT §4).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "Clawith";
    public const string DefaultConnectionString = "Data Source=clawith.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public bool CreateSchema { get; set; } = true;
    public bool SeedDemoData { get; set; } = true;
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
