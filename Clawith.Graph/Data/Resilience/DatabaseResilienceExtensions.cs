using Clawith.Graph.Data.Generations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace Clawith.Graph.Data.Resilience;

public static class DatabaseResilienceExtensions
{
    /// <summary>
    /// PostgreSQL: an operation that fails transiently is replayed whole, after a short exponential
    /// back-off, up to <see cref="DatabaseResilienceOptions.MaxRetryCount"/> times. Writes that open
    /// their own transaction go through the execution strategy (see SessionCommands).
    /// </summary>
    public static NpgsqlDbContextOptionsBuilder RetryTransientFailures(this NpgsqlDbContextOptionsBuilder postgres, DatabaseResilienceOptions options) =>
        options.MaxRetryCount == 0
            ? postgres
            : postgres.EnableRetryOnFailure(options.MaxRetryCount, TimeSpan.FromMilliseconds(options.MaxRetryDelayMilliseconds), errorCodesToAdd: null);

    /// <summary>
    /// Answers requests that the database fails outside a GraphQL field, and settles the database's generation
    /// once it answers (when it did not at start); place it before authentication, which reads the database.
    /// </summary>
    public static IApplicationBuilder UseClawithDatabaseResilience(this IApplicationBuilder app) =>
        app.UseMiddleware<DatabaseOutageMiddleware>().UseMiddleware<SchemaGenerationMiddleware>();
}
