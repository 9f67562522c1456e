namespace Clawith.Graph.Server.Streaming;

/// <summary>
/// The work a streaming connection starts beside its own loop (its deadlines, its keep-alive, each
/// operation's start), owned in one place: the connection awaits all of it before it ends, so none
/// outlives the connection (and the scope its services came from) unobserved, and a failure in one is
/// seen. Each piece stops once the session closes: it waits on <see cref="StreamSession.Closing"/>.
/// </summary>
public sealed class ConnectionTasks
{
    private readonly List<Task> _running = [];
    private readonly Lock _gate = new();

    public void Start(Func<Task> work)
    {
        var task = work();
        lock (_gate)
        {
            _running.RemoveAll(done => done.IsCompletedSuccessfully);
            _running.Add(task);
        }
    }

    /// <summary>Waits until every piece started, including any started while waiting, has ended.</summary>
    public async Task WhenAllEndedAsync()
    {
        while (true)
        {
            Task[] pending;
            lock (_gate)
            {
                pending = [.. _running];
                _running.Clear();
            }
            if (pending.Length == 0)
                return;
            await Task.WhenAll(pending);
        }
    }
}
