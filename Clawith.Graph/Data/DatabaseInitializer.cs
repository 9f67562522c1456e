using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Generations;
using Clawith.Graph.Data.Resilience;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Clawith.Graph.Data;

/// <summary>
/// Settles the database's generation (<see cref="DatabaseGeneration"/>), creates the missing tables and
/// indexes of that generation, then seeds demo data into a database with no users.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<ClawithDbContext> contexts,
    DatabaseOptions options,
    DatabaseGeneration generation,
    Search.SearchIndex searchIndex,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await generation.SettleAsync(cancellationToken);
        }
        catch (Exception exception) when (TransientDatabaseFailure.IsTransient(exception) && !options.CreateSchema && !options.SeedDemoData)
        {
            // Nothing to create or seed: serve, and read the generation once the database answers.
            logger.LogWarning(exception, "The database does not answer yet; its Clawith schema generation will be read when it does");
            return;
        }
        catch (SchemaGenerationException exception)
        {
            logger.LogCritical("{Problem}", exception.Message);
            throw;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (options.CreateSchema)
            await CreateMissingSchemaAsync(db, cancellationToken);
        await searchIndex.PrepareAsync(db, options.CreateSchema, cancellationToken);
        if (options.SeedDemoData && !await db.Users.AnyAsync(cancellationToken))
        {
            await DemoData.SeedAsync(db, cancellationToken);
            logger.LogInformation("Seeded demo data: users {Users}", string.Join(", ", DemoData.Usernames));
        }
    }

    /// <summary>
    /// EF's own DDL for the model, each statement made "IF NOT EXISTS": unlike EnsureCreated, this
    /// adds a missing table beside existing ones, and it never drops or alters anything.
    /// </summary>
    private static async Task CreateMissingSchemaAsync(ClawithDbContext db, CancellationToken cancellationToken)
    {
        // ExecuteSqlRaw reads {n} as a parameter: the braces of a JSON default ('{}') are doubled to stay text.
        foreach (var statement in IdempotentStatements(db.Database.GenerateCreateScript()))
            await db.Database.ExecuteSqlRawAsync(statement.Replace("{", "{{").Replace("}", "}}"), cancellationToken);
        // Npgsql learns a database's types when it first connects: teach it the enum types just created.
        if (db.Database.GetDbConnection() is NpgsqlConnection postgres)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await postgres.ReloadTypesAsync(cancellationToken);
        }
    }

    internal static IEnumerable<string> IdempotentStatements(string script) =>
        script.Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(statement => statement.Length > 0 && !statement.StartsWith("--"))
            .Select(statement => statement.StartsWith("CREATE TYPE ", StringComparison.Ordinal)
                ? CreateTypeIfMissing(statement)
                : statement
                .Replace("CREATE TABLE ", "CREATE TABLE IF NOT EXISTS ")
                .Replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ")
                .Replace("CREATE UNIQUE INDEX ", "CREATE UNIQUE INDEX IF NOT EXISTS "));

    /// <summary>PostgreSQL has no CREATE TYPE IF NOT EXISTS: an existing type (Clawith's own) is left as it is.</summary>
    private static string CreateTypeIfMissing(string statement) =>
        $"DO $$ BEGIN {statement}; EXCEPTION WHEN duplicate_object THEN NULL; END $$";
}
