using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Rest;

/// <summary>Agents with many sessions or many senders, for the N+1 guard.</summary>
internal static class RestBulk
{
    public static readonly Guid Agent = Guid.Parse("a3000000-0000-4000-8000-000000000001");
    public static readonly Guid Conversation = Guid.Parse("c3000000-0000-4000-8000-000000000001");

    /// <summary>
    /// <paramref name="count"/> listed sessions of the bulk agent, one message each, cycling through the
    /// kinds that need names: a session of its own new user, an agent-to-agent session with a new peer
    /// agent (every other one with the bulk agent as the peer), and a group.
    /// </summary>
    public static Task AddListedSessionsAsync(ClawithAppFactory app, int count) =>
        RestRows.AddAsync(app, (rows, db) =>
        {
            db.Agents.Add(new Agent { Id = Agent, Name = "Bulk", CreatorId = TestWorld.OrgAdmin });
            for (var i = 0; i < count; i++)
            {
                var at = TestWorld.T0.AddMinutes(i);
                var session = (i % 3) switch
                {
                    0 => rows.Session(Guid.NewGuid(), Agent, rows.User(Guid.NewGuid(), $"owner{i}", $"Owner {i}", UserRole.Member).Id, $"Chat {i}", "web", at),
                    1 => AgentToAgent(rows, db, i, at),
                    _ => rows.Session(Guid.NewGuid(), Agent, TestWorld.Creator, $"Group {i}", "slack", at, isGroup: true, groupName: $"#group-{i}"),
                };
                rows.Message(session, Guid.NewGuid(), ChatRole.User, $"Hello {i}", at);
            }
            return Task.CompletedTask;
        });

    /// <summary>One agent-to-agent session of the bulk agent with <paramref name="senders"/> participants taking turns.</summary>
    public static Task AddSendersAsync(ClawithAppFactory app, int senders) =>
        RestRows.AddAsync(app, (rows, db) =>
        {
            db.Agents.Add(new Agent { Id = Agent, Name = "Bulk", CreatorId = TestWorld.OrgAdmin });
            var session = rows.Session(Conversation, Agent, TestWorld.OrgAdmin, "Crowd", ChatSession.AgentChannel, TestWorld.T0, TestWorld.Beacon);
            for (var i = 0; i < senders; i++)
            {
                // An agent participant names a real agent of the session's tenant: 251aeba8 names no other sender (M7).
                var agent = db.Agents.Add(new Agent { Id = Guid.NewGuid(), Name = $"Speaker agent {i}", CreatorId = TestWorld.OrgAdmin }).Entity;
                var speaker = rows.Participant(Guid.NewGuid(), "agent", agent.Id, $"Speaker {i}");
                var at = TestWorld.T0.AddMinutes(i);
                rows.Message(session, Guid.NewGuid(), i % 2 == 0 ? ChatRole.User : ChatRole.Assistant, $"Turn {i}", at, speaker.Id);
                rows.Message(session, Guid.NewGuid(), ChatRole.Assistant, $"```tool_code\nstep\n```\nTurn {i} done.", at.AddSeconds(1), speaker.Id);
            }
            return Task.CompletedTask;
        });

    private static ChatSession AgentToAgent(Clawith.Graph.Data.Demo.DemoRowWriter rows, Clawith.Graph.Data.ClawithDbContext db, int i, DateTime at)
    {
        var other = db.Agents.Add(new Agent { Id = Guid.NewGuid(), Name = $"Peer {i}", CreatorId = TestWorld.OrgAdmin }).Entity;
        var owner = rows.User(Guid.NewGuid(), $"relay{i}", $"Relay {i}", UserRole.Member).Id;
        return i % 2 == 0
            ? rows.Session(Guid.NewGuid(), Agent, owner, $"To peer {i}", ChatSession.AgentChannel, at, other.Id)
            : rows.Session(Guid.NewGuid(), other.Id, owner, $"From peer {i}", ChatSession.AgentChannel, at, Agent);
    }
}
