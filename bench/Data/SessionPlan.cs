namespace Clawith.Graph.Bench.Data;

public enum SessionKind
{
    Web,
    Group,
    AgentToAgent,
}

/// <summary>One session to write: its kind, owner, start and how many messages it gets.</summary>
public sealed record SessionPlan(BenchAgent Agent, int Number, Guid Id, SessionKind Kind, Guid OwnerId, BenchAgent? Peer, DateTime CreatedAt, int Messages)
{
    /// <summary>Sessions start at random within <see cref="Days"/> days from here.</summary>
    public static readonly DateTime Origin = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public const int Days = 300;

    /// <summary>
    /// Every listed agent's sessions: one in twenty with the peer agent, one in twenty a group, one in
    /// fifty empty (the listings hide it); then the peer agent's sessions with each listed agent. The largest agent's first two are the long and the short history; the
    /// other messages are spread at random so that the database holds exactly the asked-for total.
    /// </summary>
    public static List<SessionPlan> For(BenchWorld world, BenchOptions options, Random random)
    {
        var origin = Origin;
        var plans = new List<SessionPlan>();
        foreach (var agent in world.Agents)
        {
            for (var k = 0; k < agent.Sessions; k++)
            {
                var kind = (k % 20) switch { 7 => SessionKind.AgentToAgent, 13 => SessionKind.Group, _ => SessionKind.Web };
                var peer = kind == SessionKind.AgentToAgent ? world.Peer : null;
                var owner = kind == SessionKind.AgentToAgent ? world.AdminId : BenchWorld.MemberId(random.Next(BenchWorld.Members));
                var createdAt = origin.AddSeconds(random.NextDouble() * Days * 86_400).AddTicks(random.Next(10_000_000) / 10 * 10);
                var messages = agent == world.Largest && k == 0 ? options.LongSession
                    : agent == world.Largest && k == 1 ? options.ShortSession
                    : k % 50 == 21 ? 0
                    : -1; // spread below
                plans.Add(new SessionPlan(agent, k, BenchWorld.SessionId(agent, k), kind, owner, peer, createdAt, messages));
            }
        }
        // The peer agent's own sessions with each listed agent, which that agent's ALL listing includes.
        for (var k = 0; k < world.Peer.Sessions; k++)
        {
            var createdAt = origin.AddSeconds(random.NextDouble() * Days * 86_400);
            plans.Add(new SessionPlan(world.Peer, k, BenchWorld.SessionId(world.Peer, k), SessionKind.AgentToAgent, world.AdminId,
                world.Agents[k % world.Agents.Count], createdAt, -1));
        }
        return Spread(plans, options.Messages - options.LongSession - options.ShortSession, random);
    }

    private static List<SessionPlan> Spread(List<SessionPlan> plans, int budget, Random random)
    {
        var regular = plans.Select((plan, i) => (plan, i)).Where(p => p.plan.Messages < 0).Select(p => p.i).ToList();
        var average = budget / regular.Count;
        var counts = regular.ToDictionary(i => i, _ => 1 + random.Next(Math.Max(1, 2 * average - 1)));
        var missing = budget - counts.Values.Sum();
        for (var j = 0; missing != 0; j = (j + 1) % regular.Count)
        {
            var step = Math.Sign(missing);
            if (counts[regular[j]] + step < 1)
                continue;
            counts[regular[j]] += step;
            missing -= step;
        }
        return [.. plans.Select((plan, i) => counts.TryGetValue(i, out var count) ? plan with { Messages = count } : plan)];
    }
}
