using Clawith.Graph.Data.Postgres;
using Npgsql;

namespace Clawith.Graph.Tests.Data;

/// <summary>
/// The PostgreSQL connection string the server opens with: Npgsql's automatic preparation on by default, the
/// operator's own setting kept (0 for a pooler that cannot carry prepared statements), nothing else changed.
/// </summary>
public sealed class PostgresConnectionSetupTests
{
    [Fact]
    public void Automatic_preparation_is_turned_on_when_the_connection_string_does_not_set_it()
    {
        var opened = new NpgsqlConnectionStringBuilder(
            PostgresConnectionSetup.ConnectionString("Host=db.internal;Port=6543;Database=clawith;Username=app;Password=s3cret"));

        Assert.Equal(PostgresConnectionSetup.AutoPreparedStatements, opened.MaxAutoPrepare);
        Assert.Equal(("db.internal", 6543, "clawith", "app", "s3cret"), (opened.Host, opened.Port, opened.Database, opened.Username, opened.Password));
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;MaxAutoPrepare=0", 0)]
    [InlineData("Host=db;max auto prepare=12", 12)]
    public void The_operators_own_setting_is_kept_whatever_its_spelling(string connectionString, int kept)
    {
        var opened = new NpgsqlConnectionStringBuilder(PostgresConnectionSetup.ConnectionString(connectionString));

        Assert.Equal(kept, opened.MaxAutoPrepare);
    }
}
