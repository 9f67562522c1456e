using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Clawith.Graph.Tests.Resilience;

/// <summary>
/// Fails the next commit once, with a failure PostgreSQL's retry strategy treats as transient:
/// before it reaches the database (nothing lands), or after it landed (the server cannot know it did,
/// as when the connection drops while the answer to COMMIT is on its way).
/// </summary>
public sealed class CommitFault(bool afterLanding) : DbTransactionInterceptor
{
    private int _pending = 1;

    public bool Happened => Volatile.Read(ref _pending) == 0;

    public override ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (!afterLanding)
            FailOnce();
        return ValueTask.FromResult(result);
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (afterLanding)
            FailOnce();
        return Task.CompletedTask;
    }

    private void FailOnce()
    {
        if (Interlocked.Exchange(ref _pending, 0) == 1)
            throw new PostgresException("the connection was lost", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown);
    }
}
