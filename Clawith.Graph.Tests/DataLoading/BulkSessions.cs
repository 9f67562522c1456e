using Clawith.Graph.Data;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.DataLoading;

/// <summary>
/// An agent with N sessions of every kind the nested fields touch: several owners, agent-to-agent
/// sessions with a peer, and messages with recorded senders.
/// </summary>
public static class BulkSessions
{
    public static readonly Guid Agent = Guid.Parse("a1000000-0000-4000-8000-000000000001");

    public static async Task AddAsync(ClawithDbContext db, int count)
    {
        db.Agents.Add(new Agent { Id = Agent, Name = "Bulk", CreatorId = TestWorld.OrgAdmin });
        Guid[] owners = [TestWorld.Creator, TestWorld.Permitted, TestWorld.OrgAdmin];
        Guid[] speakers = [TestWorld.CreatorSpeaker, TestWorld.AtlasSpeaker, TestWorld.BeaconSpeaker];
        var rows = new DemoRowWriter(db);
        for (var i = 0; i < count; i++)
        {
            var toPeer = i % 2 == 0;
            var session = rows.Session(Guid.NewGuid(), Agent, owners[i % owners.Length], $"Bulk {i}",
                toPeer ? ChatSession.AgentChannel : ChatSession.WebChannel, TestWorld.T0.AddMinutes(i), toPeer ? TestWorld.Beacon : null);
            for (var m = 0; m < 3; m++)
                rows.Message(session, Guid.NewGuid(), m == 0 ? ChatRole.User : ChatRole.Assistant, $"Message {m}",
                    session.CreatedAt.AddSeconds(m), speakers[(i + m) % speakers.Length]);
        }
        await db.SaveChangesAsync();
    }
}
