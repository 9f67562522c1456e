namespace Clawith.Graph.Tests.Resilience;

/// <summary>
/// One client of a soak: a user working through their own sessions of one agent, one call at a time,
/// through GraphQL or REST at random. It keeps a ledger of what the server acknowledged, checks every
/// read against it, and sends a busy answer again after its Retry-After, as a well-behaved client does.
/// Nobody else touches its sessions, so its ledger is the truth they must match. Given several servers
/// on one database, it sends each call to one of them at random.
/// </summary>
public sealed class SoakClient(int number, IReadOnlyList<SessionApi> servers, SoakRecorder recorder, int seed)
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(90);
    private readonly Random _random = new(seed);
    private readonly Dictionary<Guid, int> _seeded = [];

    /// <summary>Live sessions and their last acknowledged titles.</summary>
    public Dictionary<Guid, string> Alive { get; } = [];

    /// <summary>Sessions whose deletion was acknowledged.</summary>
    public HashSet<Guid> Deleted { get; } = [];

    /// <summary>The sessions it started with, each holding messages (a user's among them, so MINE lists them).</summary>
    public IReadOnlyDictionary<Guid, int> Seeded => _seeded;

    public void Owns(Guid sessionId, string title, int messages)
    {
        Alive[sessionId] = title;
        _seeded[sessionId] = messages;
    }

    public async Task RunAsync(int operations, CancellationToken stop = default)
    {
        for (var step = 0; step < operations && !stop.IsCancellationRequested; step++)
            await StepAsync(step);
    }

    private Task StepAsync(int step)
    {
        var api = servers[_random.Next(servers.Count)];
        var door = _random.Next(2) == 0 ? Door.GraphQL : Door.Rest;
        var roll = _random.Next(100);
        return roll switch
        {
            _ when Alive.Count == 0 || roll < 20 => CreateAsync(api, door, $"client {number} step {step}"),
            < 45 => RenameAsync(api, door, Pick(Alive.Keys), $"client {number} step {step}"),
            < 60 => DeleteAsync(api, door, Pick(Alive.Keys)),
            < 70 => ListAsync(api, door),
            < 80 when Deleted.Count > 0 => ReadDeletedAsync(api, door, Pick(Deleted)),
            _ => ReadAliveAsync(api, door, Pick(Alive.Keys)),
        };
    }

    private async Task CreateAsync(SessionApi api, Door door, string title)
    {
        var (answer, _) = await UntilAnsweredAsync(door, $"create '{title}'", () => api.CreateAsync(door, title));
        if (Expect(answer.Ack == Ack.Done && answer.Title == title, answer, $"create '{title}'"))
            Alive[answer.Id] = title;
    }

    private async Task RenameAsync(SessionApi api, Door door, Guid sessionId, string title)
    {
        var (answer, _) = await UntilAnsweredAsync(door, $"rename {sessionId}", () => api.RenameAsync(door, sessionId, title));
        if (Expect(answer.Ack == Ack.Done && answer.Title == title, answer, $"rename {sessionId} to '{title}'"))
            Alive[sessionId] = title;
    }

    private async Task DeleteAsync(SessionApi api, Door door, Guid sessionId)
    {
        var (answer, wasBusy) = await UntilAnsweredAsync(door, $"delete {sessionId}", () => api.DeleteAsync(door, sessionId));
        // After a busy answer the first attempt may have landed after all: then "not found" means gone too.
        if (Expect(answer.Ack == Ack.Done || answer.Ack == Ack.NotFound && wasBusy, answer, $"delete {sessionId}"))
        {
            Alive.Remove(sessionId);
            Deleted.Add(sessionId);
        }
    }

    private async Task ReadAliveAsync(SessionApi api, Door door, Guid sessionId)
    {
        var (answer, _) = await UntilAnsweredAsync(door, $"read {sessionId}", () => api.ReadAsync(door, sessionId));
        Expect(answer.Ack == Ack.Done
            && answer.MessageCount == _seeded.GetValueOrDefault(sessionId)
            && (door == Door.Rest || answer.Title == Alive[sessionId]), answer, $"read {sessionId} ('{Alive[sessionId]}')");
    }

    private async Task ReadDeletedAsync(SessionApi api, Door door, Guid sessionId)
    {
        var (answer, _) = await UntilAnsweredAsync(door, $"read deleted {sessionId}", () => api.ReadAsync(door, sessionId));
        Expect(answer.Ack == Ack.NotFound, answer, $"read deleted {sessionId}");
    }

    /// <summary>Its own listed sessions carry their last titles; the deleted ones are gone.</summary>
    private async Task ListAsync(SessionApi api, Door door)
    {
        var (answer, _) = await UntilAnsweredAsync(door, "list mine", () => api.ListMineAsync(door));
        var listed = answer.Listed;
        Expect(answer.Ack == Ack.Done
            && _seeded.Keys.All(id => Alive.TryGetValue(id, out var title) ? listed.GetValueOrDefault(id) == title : !listed.ContainsKey(id)),
            answer, "list mine");
    }

    /// <summary>Sends a call until it is answered other than busy, waiting its Retry-After (at most a second) in between.</summary>
    private async Task<(Answer Answer, bool WasBusy)> UntilAnsweredAsync(Door door, string call, Func<Task<Answer>> send)
    {
        var wasBusy = false;
        var giveUp = DateTime.UtcNow + GiveUpAfter;
        while (true)
        {
            var answer = await send();
            recorder.Record(answer, door, $"client {number}: {call} via {door}");
            if (answer.Ack != Ack.Busy || DateTime.UtcNow > giveUp)
                return (answer, wasBusy);
            wasBusy = true;
            var retryAfter = answer.Response.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(200);
            await Task.Delay(retryAfter < TimeSpan.FromSeconds(1) ? retryAfter : TimeSpan.FromSeconds(1));
        }
    }

    private bool Expect(bool acknowledged, Answer answer, string call)
    {
        if (acknowledged)
            recorder.Acknowledge();
        else
            recorder.Problem($"client {number}: {call}: {answer.Ack} {answer.Status} {answer.Response.Body[..Math.Min(400, answer.Response.Body.Length)]}");
        return acknowledged;
    }

    private Guid Pick(IReadOnlyCollection<Guid> ids) => ids.ElementAt(_random.Next(ids.Count));
}
