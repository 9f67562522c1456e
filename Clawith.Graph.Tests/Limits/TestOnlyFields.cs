using Clawith.Graph.Data;
using Clawith.Graph.Schema;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clawith.Graph.Tests.Limits;

/// <summary>
/// Root fields only the limit tests' hosts have: <c>stall</c> holds its execution open until the test
/// opens the <see cref="Gate"/>, and <c>endlessSql</c> runs a statement that never ends on its own.
/// Each reports when it started and how it ended, so a test can await it instead of sleeping.
/// </summary>
public sealed class TestOnlyFields : IQueryFields
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<Exception?> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a test-only field has begun resolving.</summary>
    public Task Started => _started.Task;

    /// <summary>Completes when it stopped: with the exception that stopped it, or null when it finished.</summary>
    public Task<Exception?> Ended => _ended.Task;

    public void AddTo(ObjectGraphType root)
    {
        root.Field<BooleanGraphType>("stall").ResolveAsync(async context =>
        {
            await WatchedAsync(() => Gate.Task.WaitAsync(context.CancellationToken));
            return true;
        });
        root.Field<LongGraphType>("endlessSql").ResolveAsync(async context =>
        {
            long count = 0;
            await WatchedAsync(async () =>
            {
                var contexts = context.RequestServices!.GetRequiredService<IDbContextFactory<ClawithDbContext>>();
                await using var db = await contexts.CreateDbContextAsync(context.CancellationToken);
                count = (await db.Database.SqlQueryRaw<long>(EndlessStatement(db)).ToListAsync(context.CancellationToken)).Single();
            });
            return count;
        });
    }

    /// <summary>Counts an endless series (SQLite) or sleeps for an hour (PostgreSQL): only cancelling stops it.</summary>
    private static string EndlessStatement(ClawithDbContext db) => db.Database.IsSqlite()
        ? "WITH RECURSIVE series(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM series) SELECT count(*) AS \"Value\" FROM series"
        : "SELECT 1::bigint AS \"Value\" FROM pg_sleep(3600)";

    private async Task WatchedAsync(Func<Task> work)
    {
        _started.TrySetResult();
        try
        {
            await work();
            _ended.TrySetResult(null);
        }
        catch (Exception exception)
        {
            _ended.TrySetResult(exception);
            throw;
        }
    }
}
