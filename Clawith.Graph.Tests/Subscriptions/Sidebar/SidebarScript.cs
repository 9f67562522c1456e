namespace Clawith.Graph.Tests.Subscriptions.Sidebar;

/// <summary>
/// A random sequence of session changes on one agent, drawn from a seeded <see cref="Random"/> so a seed replays
/// it: mostly owners' changes to their sessions, sometimes the admin's rename or delete, sometimes a refused one
/// (another member's session) or one on a session deleted already. <see cref="Log"/> says what was done.
/// </summary>
public sealed class SidebarScript(Random random, SidebarActor[] actors, SidebarActor admin, Guid agentId)
{
    private readonly List<Made> _sessions = [];
    private readonly List<string> _log = [];

    public IReadOnlyList<string> Log => _log;

    public async Task RunNextAsync()
    {
        var roll = random.Next(100);
        if (_sessions.Count == 0 || roll < 20)
        {
            var creator = Pick(actors);
            var made = new Made(await creator.CreateAsync(agentId, $"s{_sessions.Count}"), creator, $"s{_sessions.Count}");
            _sessions.Add(made);
            _log.Add($"{creator.Name} creates {made}");
            return;
        }
        // Now and then a session deleted already (not found), else one still there.
        var live = _sessions.Where(s => !s.Deleted).ToList();
        var session = live.Count == 0 || random.Next(10) == 0 ? Pick(_sessions) : Pick(live);
        if (roll < 65)
        {
            // Only the owner may post; someone else's attempt is refused.
            var sender = random.Next(10) < 9 ? session.Owner : Pick(actors);
            var sent = await sender.SendAsync(agentId, session.Id, $"m{_log.Count}");
            _log.Add($"{sender.Name} sends in {session}: {(sent ? "sent" : "refused")}");
            return;
        }
        // The owner, the admin, or anyone (another member is refused).
        var changer = random.Next(10) switch { < 6 => session.Owner, < 9 => admin, _ => Pick(actors) };
        if (roll < 85)
        {
            var renamed = await changer.RenameAsync(agentId, session.Id, $"{session.Title} renamed {_log.Count}");
            _log.Add($"{changer.Name} renames {session}: {(renamed ? "renamed" : "refused")}");
            return;
        }
        var deleted = await changer.DeleteAsync(agentId, session.Id);
        session.Deleted |= deleted;
        _log.Add($"{changer.Name} deletes {session}: {(deleted ? "deleted" : "refused")}");
    }

    private T Pick<T>(IReadOnlyList<T> from) => from[random.Next(from.Count)];

    private sealed class Made(Guid id, SidebarActor owner, string title)
    {
        public Guid Id => id;

        public SidebarActor Owner => owner;

        public string Title => title;

        public bool Deleted { get; set; }

        public override string ToString() => $"{title} ({id.ToString()[..8]})";
    }
}
