using Clawith.Graph.Data;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Authorization;

/// <summary>One object of the test world that node(id) can fetch, by kind.</summary>
public sealed record NodeTarget(string Name, Guid Id, string TypeName, Guid? AgentId = null, Guid? PeerAgentId = null, Guid? SessionId = null);

/// <summary>
/// Every agent, session and user of the test world, and a message of each session that has one; plus
/// one message its session's owner did not send (Stranger speaks in Creator's group chat), so a sender
/// is not only an owner seen twice.
/// </summary>
public static class NodeTargets
{
    public static readonly Guid StrangerSpeaker = Guid.Parse("b0000000-0000-4000-8000-000000000077");
    public static readonly Guid StrangerInGroup = TestWorld.MessageId(TestWorld.CreatorGroup, 77);

    public static async Task<IReadOnlyList<NodeTarget>> AddToAsync(ClawithAppFactory app)
    {
        await using var db = await app.NewDbContextAsync();
        var rows = new DemoRowWriter(db);
        rows.Participant(StrangerSpeaker, "user", TestWorld.Stranger, "Sam Stranger");
        var group = await db.ChatSessions.SingleAsync(s => s.Id == TestWorld.CreatorGroup);
        rows.Message(group, StrangerInGroup, ChatRole.User, "Sam here.", TestWorld.T0.AddHours(11), StrangerSpeaker);
        await db.SaveChangesAsync();

        var sessions = await db.ChatSessions.AsNoTracking().OrderBy(s => s.Id).ToListAsync();
        var messages = await db.ChatMessages.AsNoTracking().Select(m => new { m.Id, m.ConversationId }).ToListAsync();
        var names = typeof(TestWorld).GetFields().Where(f => f.FieldType == typeof(Guid))
            .ToDictionary(f => (Guid)f.GetValue(null)!, f => f.Name);
        var users = await db.Users.AsNoTracking().Select(u => u.Id).ToListAsync();
        var agents = await db.Agents.AsNoTracking().Select(a => a.Id).ToListAsync();

        NodeTarget MessageOf(ChatSession session, Guid id, string name) =>
            new($"ChatMessage {name}", id, "ChatMessage", session.AgentId, session.PeerAgentId, session.Id);
        var firstMessages = sessions
            .Where(s => messages.Any(m => m.ConversationId == s.ConversationId))
            .Select(s => MessageOf(s, messages.Where(m => m.ConversationId == s.ConversationId).Min(m => m.Id), $"first of {names[s.Id]}"));
        return
        [
            .. agents.Order().Select(id => new NodeTarget($"Agent {names[id]}", id, "Agent")),
            .. sessions.Select(s => new NodeTarget($"ChatSession {names[s.Id]}", s.Id, "ChatSession", s.AgentId, s.PeerAgentId)),
            .. firstMessages,
            MessageOf(sessions.Single(s => s.Id == TestWorld.CreatorGroup), StrangerInGroup, "StrangerInGroup"),
            .. users.Order().Select(id => new NodeTarget($"User {names[id]}", id, "User")),
        ];
    }

    /// <summary>Which user each user participant of the world stands for: how a sender the graph shows is a user.</summary>
    public static async Task<IReadOnlyDictionary<Guid, Guid>> UserParticipantsAsync(ClawithAppFactory app)
    {
        await using var db = await app.NewDbContextAsync();
        return await db.Participants.AsNoTracking().Where(p => p.Type == "user").ToDictionaryAsync(p => p.Id, p => p.RefId);
    }
}
