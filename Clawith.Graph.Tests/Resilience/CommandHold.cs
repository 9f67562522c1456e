using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Clawith.Graph.Tests.Resilience;

/// <summary>
/// Makes the first query whose SQL names <paramref name="table"/> slow: it waits — or runs
/// <paramref name="slowSql"/> on the query's own connection — until the cancellation token EF was
/// given fires, and tells whether that token (the request's) ended it.
/// </summary>
public sealed class CommandHold(string table, Func<DbCommand, CancellationToken, Task>? slowSql = null) : DbCommandInterceptor, IDisposable
{
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<Exception?> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    // However the test ends, the hold does not outlive it.
    private readonly CancellationTokenSource _giveUp = new(TimeSpan.FromMinutes(3));
    private int _taken;

    /// <summary>Completes when the query is being held.</summary>
    public Task Held => _held.Task;

    /// <summary>What ended the hold: the exception the query was cancelled with, or null if it ran to its end.</summary>
    public Task<Exception?> Ended => _ended.Task;

    /// <summary>Whether the query's own token, not the give-up, was cancelled when the hold ended.</summary>
    public bool EndedByItsToken { get; private set; }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        // The table's own name in a statement, not one named after it (search's chat_messages_search) nor a quoted literal (search's index probe at start).
        if (Regex.IsMatch(command.CommandText, $@"(?<![\w']){table}(?![\w'])") && Interlocked.Exchange(ref _taken, 1) == 0)
            await HoldAsync(command, cancellationToken);
        return result;
    }

    private async Task HoldAsync(DbCommand command, CancellationToken cancellationToken)
    {
        _held.TrySetResult();
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _giveUp.Token);
        try
        {
            await (slowSql?.Invoke(command, either.Token) ?? Task.Delay(Timeout.Infinite, either.Token));
            _ended.TrySetResult(null);
        }
        catch (Exception exception)
        {
            EndedByItsToken = cancellationToken.IsCancellationRequested;
            _ended.TrySetResult(exception);
            throw;
        }
    }

    public void Dispose()
    {
        _giveUp.Cancel();
        _giveUp.Dispose();
    }
}
