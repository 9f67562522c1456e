using System.Security.Cryptography;
using System.Text;

namespace Clawith.Graph.Bench.Data;

/// <summary>An agent of the benchmark and how many sessions it holds (for a listed agent, the N of the listing scenarios).</summary>
public sealed record BenchAgent(int Index, Guid Id, string Name, Guid ParticipantId, int Sessions);

/// <summary>
/// Who and what the benchmark database holds, by name: ids are derived from names, so the same options
/// always mean the same ids and a database built once is reused across runs. The listed agents hold
/// 50, 1,000 and --sessions sessions; one more agent, <see cref="Peer"/>, is the other side of their
/// agent-to-agent sessions.
/// </summary>
public sealed record BenchWorld(Guid AdminId, IReadOnlyList<BenchAgent> Agents, BenchAgent Peer, Guid LongSessionId, Guid ShortSessionId)
{
    public const int Members = 200;

    /// <summary>How many agent-to-agent sessions <see cref="Peer"/> starts with each listed agent (they list them too).</summary>
    public const int PeerSessionsPerAgent = 20;

    private static readonly string[] AgentNames = ["Cirrus", "Borealis", "Atlas"];

    public static BenchWorld For(BenchOptions options)
    {
        var agents = options.AgentSizes
            .Select((sessions, i) => new BenchAgent(i, IdOf($"agent/{i}"), AgentNames[i], IdOf($"participant/agent/{i}"), sessions))
            .ToList();
        var largest = agents[^1];
        var peer = new BenchAgent(agents.Count, IdOf("agent/peer"), "Zephyr", IdOf("participant/agent/peer"), agents.Count * PeerSessionsPerAgent);
        return new BenchWorld(IdOf("user/admin"), agents, peer, SessionId(largest, 0), SessionId(largest, 1));
    }

    public BenchAgent AgentWith(int sessions) => Agents.Single(a => a.Sessions == sessions);

    public BenchAgent Largest => Agents[^1];

    public static Guid MemberId(int i) => IdOf($"user/member/{i}");

    public static Guid SessionId(BenchAgent agent, int k) => IdOf($"session/{agent.Index}/{k}");

    /// <summary>A name-based id (as UUID version 3 is): stable across runs and machines.</summary>
    public static Guid IdOf(string name) => new(MD5.HashData(Encoding.UTF8.GetBytes("clawith-bench/" + name)));
}
