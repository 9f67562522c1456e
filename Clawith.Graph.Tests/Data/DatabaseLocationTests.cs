using Clawith.Graph.Data;

namespace Clawith.Graph.Tests.Data;

/// <summary>What `dotnet run` says about the database it uses: where it is, never a password.</summary>
public sealed class DatabaseLocationTests
{
    [Fact]
    public void A_relative_SQLite_file_is_told_by_its_full_path()
    {
        var told = new DatabaseLocation(DatabaseProvider.Sqlite, "Data Source=clawith.db").Describe();

        Assert.Equal($"SQLite file {Path.Combine(Environment.CurrentDirectory, "clawith.db")}", told);
    }

    [Fact]
    public void An_in_memory_SQLite_database_is_told_as_such()
    {
        Assert.Equal("SQLite in memory", new DatabaseLocation(DatabaseProvider.Sqlite, "Data Source=:memory:").Describe());
        Assert.Equal("SQLite in memory", new DatabaseLocation(DatabaseProvider.Sqlite, "Data Source=x;Mode=Memory").Describe());
    }

    [Fact]
    public void A_PostgreSQL_database_is_told_by_host_port_and_name_without_its_password()
    {
        var told = new DatabaseLocation(DatabaseProvider.Postgres, "Host=db.internal;Port=6543;Database=clawith;Username=app;Password=s3cret").Describe();

        Assert.Equal("PostgreSQL database 'clawith' on db.internal:6543", told);
        Assert.DoesNotContain("s3cret", told);
    }
}
