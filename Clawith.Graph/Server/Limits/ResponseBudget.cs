namespace Clawith.Graph.Server.Limits;

/// <summary>
/// One execution's share of <c>GraphQL:Limits:MaxResponseBytes</c>, scoped as the execution is (an HTTP
/// request, a WebSocket operation, one subscription event). Two meters run against the same limit: the
/// bytes the answer holds, charged as each field completes, and the message text loaders read for it,
/// charged as rows arrive, since rows read for distinct pages are all in memory before any field
/// completes. The first to pass the limit cancels the execution, SQL in flight included, and the
/// execution ends in RESPONSE_TOO_LARGE. Outside an execution (the REST routes) nothing is refused:
/// those read one page and stream it.
/// </summary>
public sealed class ResponseBudget(GraphLimitsOptions limits)
{
    private long _answer;
    private long _read;
    private CancellationTokenSource? _execution;
    private int _refusal;

    public long Limit => limits.MaxResponseBytes;

    /// <summary>
    /// Starts an execution's count. The execution runs on the token of the source returned, which is
    /// cancelled when the budget runs out; dispose it, and call <see cref="End"/>, when the execution ends.
    /// </summary>
    public CancellationTokenSource Start(CancellationToken caller)
    {
        _answer = 0;
        _read = 0;
        _refusal = (int)Refusal.None;
        return _execution = CancellationTokenSource.CreateLinkedTokenSource(caller);
    }

    /// <summary>After the execution: a late charge (none should come) counts but refuses nothing.</summary>
    public void End() => _execution = null;

    /// <summary>Whether the budget ran out and cancelled the execution.</summary>
    public bool Exceeded => Volatile.Read(ref _refusal) != (int)Refusal.None;

    public void ChargeAnswer(long bytes)
    {
        if (Interlocked.Add(ref _answer, bytes) > Limit)
            Stop(Refusal.Answer);
    }

    public void ChargeRead(long characters)
    {
        if (Interlocked.Add(ref _read, characters) > Limit)
            Stop(Refusal.Read);
    }

    /// <summary>The client's error: which meter ran out first.</summary>
    public Schema.Errors.CodedExecutionError Error() =>
        (Refusal)Volatile.Read(ref _refusal) == Refusal.Read ? LimitErrors.ReadTooLarge(Limit) : LimitErrors.AnswerTooLarge(Limit);

    private void Stop(Refusal refusal)
    {
        if (_execution is not { } execution)
            return;
        Interlocked.CompareExchange(ref _refusal, (int)refusal, (int)Refusal.None);
        execution.Cancel();
        throw new OperationCanceledException(execution.Token);
    }

    private enum Refusal
    {
        None,
        Answer,
        Read,
    }
}
