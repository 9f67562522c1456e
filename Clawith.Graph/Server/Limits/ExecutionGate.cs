using System.Threading.RateLimiting;
using GraphQL;

namespace Clawith.Graph.Server.Limits;

/// <summary>
/// At most <c>GraphQL:Limits:MaxConcurrentExecutions</c> operations run at once. A request past it is
/// turned away at once (503 with Retry-After) rather than queued: a client that retries later does
/// better than one stuck behind work the server cannot finish in time.
/// </summary>
public sealed class ExecutionGate(GraphLimitsOptions limits) : IDisposable
{
    private readonly ConcurrencyLimiter _slots = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = limits.MaxConcurrentExecutions,
        QueueLimit = 0,
    });

    /// <summary>A slot to run in (dispose it when done), or none when every slot is taken.</summary>
    public RateLimitLease TryEnter() => _slots.AttemptAcquire();

    public ServerBusyError Busy() => new(limits);

    public void Dispose() => _slots.Dispose();
}

/// <summary>The refusal of a request that found every execution slot taken; the endpoint answers it with 503.</summary>
public sealed class ServerBusyError : ExecutionError
{
    public ServerBusyError(GraphLimitsOptions limits)
        : base($"The server is running its maximum of {limits.MaxConcurrentExecutions} operations at once; retry after {limits.RetryAfterSeconds} s.")
    {
        Code = LimitCodes.ServerBusy;
        RetryAfterSeconds = limits.RetryAfterSeconds;
    }

    public int RetryAfterSeconds { get; }
}
