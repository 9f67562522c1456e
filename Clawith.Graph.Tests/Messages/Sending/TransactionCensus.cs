using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Clawith.Graph.Tests.Messages.Sending;

/// <summary>What the server does inside transactions: how many it begins, the commands it sends in them, the savepoints it takes.</summary>
public sealed class TransactionCensus : DbCommandInterceptor, IDbTransactionInterceptor
{
    private int _transactions;
    private int _commands;
    private int _savepoints;

    public int Transactions => Volatile.Read(ref _transactions);

    /// <summary>Round trips inside transactions: one per command (PostgreSQL sends a batch of statements as one).</summary>
    public int Commands => Volatile.Read(ref _commands);

    public int Savepoints => Volatile.Read(ref _savepoints);

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        if (result.Transaction is not null)
            Interlocked.Increment(ref _commands);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _transactions);
        return ValueTask.FromResult(result);
    }

    public Task CreatedSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _savepoints);
        return Task.CompletedTask;
    }
}
