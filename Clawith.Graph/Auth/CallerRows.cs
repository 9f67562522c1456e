using System.Security.Claims;

namespace Clawith.Graph.Auth;

/// <summary>
/// The callers of open connections as the database has them now, for every WebSocket operation, event
/// and ping. Each answer is <see cref="DatabaseUserValidator"/>'s, as for an HTTP request (the user exists
/// and is active; the principal carries the stored role), and is shared by all connections for at most
/// <c>maxAge</c>: however many sockets, events and pings ask, a user is read at most once per
/// <c>maxAge</c>, and those who ask while a read is under way wait for that read.
/// </summary>
public sealed class CallerRows(IServiceScopeFactory scopes, TimeProvider clock, TimeSpan maxAge)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, Read> _reads = [];
    private long _lastSweep;

    /// <summary>The caller <paramref name="token"/> names, read no longer than <c>maxAge</c> ago; null when the user is gone or inactive.</summary>
    public async Task<ClaimsPrincipal?> CallerAsync(ClaimsPrincipal token, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(token.FindFirst(ClawithClaims.Subject)?.Value, out var userId))
            return null;
        Read read;
        var started = false;
        lock (_gate)
        {
            var now = clock.GetTimestamp();
            if (!_reads.TryGetValue(userId, out read!) || clock.GetElapsedTime(read.Since, now) >= maxAge)
            {
                // The row is as fresh as the moment its read started: the age counts from there.
                _reads[userId] = read = new Read(now);
                started = true;
                SweepOldReads(now);
            }
        }
        if (started)
            _ = ReadAsync(userId, token, read);
        return await read.Caller.Task.WaitAsync(cancellationToken);
    }

    private async Task ReadAsync(Guid userId, ClaimsPrincipal token, Read read)
    {
        try
        {
            // Not one asker's token: a read others wait for must not end because the first of them left.
            await using var scope = scopes.CreateAsyncScope();
            var (caller, _) = await DatabaseUserValidator.CallerOfAsync(token, scope.ServiceProvider, CancellationToken.None);
            read.Caller.SetResult(caller);
        }
        catch (Exception exception)
        {
            // A failed read is not remembered: the next asker tries again.
            lock (_gate)
            {
                if (_reads.TryGetValue(userId, out var current) && current == read)
                    _reads.Remove(userId);
            }
            read.Caller.SetException(exception);
        }
    }

    /// <summary>Forgets reads past their age, at most once per <c>maxAge</c>, so users who left do not stay.</summary>
    private void SweepOldReads(long now)
    {
        if (clock.GetElapsedTime(_lastSweep, now) < maxAge)
            return;
        _lastSweep = now;
        foreach (var (userId, read) in _reads.Where(entry => clock.GetElapsedTime(entry.Value.Since, now) >= maxAge).ToList())
            _reads.Remove(userId);
    }

    private sealed class Read(long since)
    {
        public long Since => since;

        public TaskCompletionSource<ClaimsPrincipal?> Caller { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
