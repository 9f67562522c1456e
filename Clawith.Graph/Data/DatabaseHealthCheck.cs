using Clawith.Graph.Data.Generations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Clawith.Graph.Data;

/// <summary>
/// Healthy when the database answers: a read of one of its tables and, on SQLite, the write lock taken
/// and dropped at once (nothing is written) — a file another connection keeps locked answers reads but
/// not writes. Each probe opens a fresh connection, so health comes back when the database does. A database
/// whose shape this server cannot serve (<see cref="SchemaGenerationException"/>) is unhealthy too.
/// </summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<ClawithDbContext> contexts, DatabaseGeneration generation) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // A database that never answered since the start has its generation read first.
            await generation.SettleAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.Users.AnyAsync(cancellationToken);
            if (db.Database.IsSqlite())
            {
                // Microsoft.Data.Sqlite begins IMMEDIATE: it waits for, then holds, the write lock.
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await transaction.RollbackAsync(cancellationToken);
            }
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.");
        }
    }
}
