using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Clawith.Graph.Data.Resilience;

/// <summary>
/// SQLite runs a statement on the calling thread and Microsoft.Data.Sqlite ignores a cancelled token
/// once it has started (its Cancel does nothing), so a runaway query would outlive its timeout. While
/// a SQLite command runs (a reader: until it is disposed), cancelling its token interrupts the
/// connection (<c>sqlite3_interrupt</c>); the statement then fails at once. An interrupt that lands
/// after the statement finished is a no-op in SQLite, so it never stops another command.
/// </summary>
public sealed class SqliteInterruptInterceptor : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<DbCommand, CancellationTokenRegistration> _running = new();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Unwatch(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Unwatch(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Unwatch(command);
        return ValueTask.FromResult(result);
    }

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Unwatch(command);
        return Task.CompletedTask;
    }

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Unwatch(command);
        return Task.CompletedTask;
    }

    private void Watch(DbCommand command, CancellationToken cancellationToken)
    {
        if (command.Connection is not SqliteConnection connection || !cancellationToken.CanBeCanceled)
            return;
        var registration = cancellationToken.Register(static state =>
        {
            if (((SqliteConnection)state!).Handle is { } handle)
                SQLitePCL.raw.sqlite3_interrupt(handle);
        }, connection);
        if (!_running.TryAdd(command, registration))
            registration.Dispose();
    }

    /// <summary>Disposing waits for an interrupt already under way, so none can land after this returns.</summary>
    private void Unwatch(DbCommand command)
    {
        if (_running.TryRemove(command, out var registration))
            registration.Dispose();
    }
}
