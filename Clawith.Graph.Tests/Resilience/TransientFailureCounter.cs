using System.Data.Common;
using Clawith.Graph.Data.Resilience;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Clawith.Graph.Tests.Resilience;

/// <summary>Counts the commands, connection opens and transactions the database failed transiently inside the server.</summary>
public sealed class TransientFailureCounter : IDbCommandInterceptor, IDbConnectionInterceptor, IDbTransactionInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Tally(eventData.Exception);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Tally(eventData.Exception);
        return Task.CompletedTask;
    }

    public void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => Tally(eventData.Exception);

    public Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Tally(eventData.Exception);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Tally(eventData.Exception);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Tally(eventData.Exception);
        return Task.CompletedTask;
    }

    private void Tally(Exception exception)
    {
        if (TransientDatabaseFailure.IsTransient(exception))
            Interlocked.Increment(ref _count);
    }
}
