using Clawith.Graph.Data;
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
        for (var i = 0; i < count; i++)
        {
            var toPeer = i % 2 == 0;
            var session = new ChatSession
            {
                Id = Guid.NewGuid(), AgentId = Agent, UserId = owners[i % owners.Length], Title = $"Bulk {i}",
                SourceChannel = toPeer ? ChatSession.AgentChannel : ChatSession.WebChannel,
                PeerAgentId = toPeer ? TestWorld.Beacon : null,
                CreatedAt = TestWorld.T0.AddMinutes(i), LastMessageAt = TestWorld.T0.AddMinutes(i + 1),
            };
            db.ChatSessions.Add(session);
            for (var m = 0; m < 3; m++)
                db.ChatMessages.Add(new ChatMessage
                {
                    Id = Guid.NewGuid(), AgentId = Agent, UserId = session.UserId, Role = m == 0 ? ChatRole.User : ChatRole.Assistant,
                    Content = $"Message {m}", ConversationId = session.ConversationId, ParticipantId = speakers[(i + m) % speakers.Length],
                    CreatedAt = session.CreatedAt.AddSeconds(m),
                });
        }
        await db.SaveChangesAsync();
    }
}
