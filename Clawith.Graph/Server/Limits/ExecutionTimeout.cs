using GraphQL;
using GraphQL.DI;

namespace Clawith.Graph.Server.Limits;

/// <summary>
/// Cancels an operation that runs past <c>GraphQL:Limits:ExecutionTimeout</c>: the token every
/// resolver hands to EF Core is cancelled, so the SQL in flight is cancelled too
/// (<see cref="SqliteInterruptInterceptor"/> makes SQLite honour it). The client gets EXECUTION_TIMEOUT
/// with <c>data: null</c>, however the cancelled resolvers failed, never a 500.
/// </summary>
public static class ExecutionTimeout
{
    public static async Task<ExecutionResult> RunAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var timeout = options.RequestServices!.GetRequiredService<GraphLimitsOptions>().ExecutionTimeout;
        var caller = options.CancellationToken;
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(caller);
        timer.CancelAfter(timeout);
        options.CancellationToken = timer.Token;
        bool TimedOut() => timer.IsCancellationRequested && !caller.IsCancellationRequested;
        try
        {
            var result = await next(options);
            // A cancelled resolver may fail with its database's own error rather than a cancellation.
            return TimedOut() && result.Errors is { Count: > 0 } ? TimedOutResult(timeout) : result;
        }
        catch (OperationCanceledException) when (TimedOut())
        {
            return TimedOutResult(timeout);
        }
    }

    private static ExecutionResult TimedOutResult(TimeSpan timeout) =>
        new() { Executed = true, Errors = [LimitErrors.Timeout(timeout)] };
}
