using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Clawith.Graph.Tests.Resilience;

/// <summary>
/// Once armed, holds the next transaction the server begins, before it reaches the database, until
/// released: a write that is slow to get going, e.g. one that waits for a lock another writer holds.
/// </summary>
public sealed class TransactionHold : DbTransactionInterceptor
{
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _armed;

    /// <summary>Completes when a transaction is being held.</summary>
    public Task Held => _held.Task;

    public void Arm() => Volatile.Write(ref _armed, 1);

    public void Release() => _released.TrySetResult();

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _armed, 0) == 1)
        {
            _held.TrySetResult();
            // However the test ends, the hold does not outlive it.
            await _released.Task.WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
        }
        return result;
    }
}
