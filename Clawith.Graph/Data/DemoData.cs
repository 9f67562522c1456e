using Clawith.Graph.Data.Entities;

namespace Clawith.Graph.Data;

/// <summary>
/// A small living graph for a newcomer's first query: a user of every role, three agents with
/// different permissions, and sessions of every kind the listings treat differently.
/// Ids are fixed so the README's examples work as written.
/// </summary>
public static class DemoData
{
    public static readonly Guid PlatformAdminId = Guid.Parse("00000000-0000-4000-8000-000000000001");
    public static readonly Guid OrgAdminId = Guid.Parse("00000000-0000-4000-8000-000000000002");
    public static readonly Guid AgentAdminId = Guid.Parse("00000000-0000-4000-8000-000000000003");
    public static readonly Guid AliceId = Guid.Parse("00000000-0000-4000-8000-000000000004");
    public static readonly Guid BobId = Guid.Parse("00000000-0000-4000-8000-000000000005");
    /// <summary>Shared with the whole company.</summary>
    public static readonly Guid AtlasId = Guid.Parse("a0000000-0000-4000-8000-000000000001");
    /// <summary>Shared with Bob alone.</summary>
    public static readonly Guid BeaconId = Guid.Parse("a0000000-0000-4000-8000-000000000002");
    /// <summary>Private to its creator, Alice.</summary>
    public static readonly Guid CipherId = Guid.Parse("a0000000-0000-4000-8000-000000000003");

    public static IReadOnlyList<string> Usernames { get; } = ["root", "olivia", "adam", "alice", "bob"];

    public static async Task SeedAsync(ClawithDbContext db, CancellationToken cancellationToken)
    {
        var now = StorageConventions.TruncateToMicroseconds(DateTime.UtcNow);
        AddUser(db, PlatformAdminId, "root", "Platform Root", UserRole.PlatformAdmin);
        AddUser(db, OrgAdminId, "olivia", "Olivia Org", UserRole.OrgAdmin);
        AddUser(db, AgentAdminId, "adam", "Adam Agentadmin", UserRole.AgentAdmin);
        AddUser(db, AliceId, "alice", "Alice Member", UserRole.Member);
        AddUser(db, BobId, "bob", "Bob Member", UserRole.Member);
        db.Agents.AddRange(
            new Agent { Id = AtlasId, Name = "Atlas", CreatorId = OrgAdminId },
            new Agent { Id = BeaconId, Name = "Beacon", CreatorId = AgentAdminId },
            new Agent { Id = CipherId, Name = "Cipher", CreatorId = AliceId });
        db.AgentPermissions.AddRange(
            new AgentPermission { Id = Guid.NewGuid(), AgentId = AtlasId, ScopeType = PermissionScope.Company },
            new AgentPermission { Id = Guid.NewGuid(), AgentId = BeaconId, ScopeType = PermissionScope.User, ScopeId = BobId });
        var aliceSpeaker = AddParticipant(db, "user", AliceId, "Alice Member");
        var atlasSpeaker = AddParticipant(db, "agent", AtlasId, "Atlas");
        var beaconSpeaker = AddParticipant(db, "agent", BeaconId, "Beacon");

        var web = AddSession(db, AtlasId, AliceId, "Trip planning", "web", now.AddHours(-30));
        AddMessage(db, web, ChatRole.User, "Plan a weekend in Lisbon.", now.AddHours(-30), aliceSpeaker);
        AddMessage(db, web, ChatRole.Assistant, "Day one: Alfama and the castle. Day two: Belém.", now.AddHours(-30).AddMinutes(1), atlasSpeaker,
            thinking: "Two days, walkable districts first.");
        AddMessage(db, web, ChatRole.ToolCall, """{"name": "web_search", "args": {"q": "Lisbon weather"}, "status": "done", "result": "Sunny, 24°C"}""",
            now.AddHours(-30).AddMinutes(2), atlasSpeaker);
        AddMessage(db, web, ChatRole.Assistant, "It will be sunny: pack light.", now.AddHours(-30).AddMinutes(3), atlasSpeaker);

        var feishu = AddSession(db, AtlasId, BobId, "Weekly report", "feishu", now.AddHours(-5));
        AddMessage(db, feishu, ChatRole.User, "Summarise this week's tickets.", now.AddHours(-5));
        AddMessage(db, feishu, ChatRole.Assistant, "Twelve closed, three open, one blocked.", now.AddHours(-5).AddMinutes(1));

        var group = AddSession(db, AtlasId, AliceId, "Launch", "slack", now.AddHours(-3));
        group.IsGroup = true;
        group.GroupName = "#launch-team";
        AddMessage(db, group, ChatRole.User, "Is the release note ready?", now.AddHours(-3), aliceSpeaker);
        AddMessage(db, group, ChatRole.Assistant, "Yes, drafted in the wiki.", now.AddHours(-3).AddMinutes(1), atlasSpeaker);

        var agentToAgent = AddSession(db, AtlasId, OrgAdminId, "Atlas asks Beacon", ChatSession.AgentChannel, now.AddHours(-1));
        agentToAgent.PeerAgentId = BeaconId;
        AddMessage(db, agentToAgent, ChatRole.User, "Beacon, what is the deploy status?", now.AddHours(-1), atlasSpeaker);
        AddMessage(db, agentToAgent, ChatRole.Assistant,
            "Checking.\n```tool_code\ncheck_deploy\n```\n```json\n{\"env\": \"prod\"}\n```\nProd is green.",
            now.AddHours(-1).AddMinutes(1), beaconSpeaker);

        var trigger = AddSession(db, AtlasId, AliceId, "Daily reflection", ChatSession.TriggerChannel, now.AddHours(-2));
        AddMessage(db, trigger, ChatRole.System, "Reflect on today's conversations.", now.AddHours(-2));

        AddSession(db, AtlasId, AliceId, "Empty draft", "web", now.AddMinutes(-30), withoutMessages: true);

        var orphan = AddSession(db, AtlasId, AliceId, "Orphan reply", "web", now.AddHours(-4));
        AddMessage(db, orphan, ChatRole.Assistant, "A reply whose question was lost.", now.AddHours(-4));

        var beaconChat = AddSession(db, BeaconId, BobId, "Deploy questions", "web", now.AddHours(-6));
        AddMessage(db, beaconChat, ChatRole.User, "When is the next deploy?", now.AddHours(-6));
        AddMessage(db, beaconChat, ChatRole.Assistant, "Thursday at 10:00 UTC.", now.AddHours(-6).AddMinutes(1));

        var cipherChat = AddSession(db, CipherId, AliceId, "Secrets", "web", now.AddHours(-8));
        AddMessage(db, cipherChat, ChatRole.User, "Remind me of my notes.", now.AddHours(-8), aliceSpeaker);

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void AddUser(ClawithDbContext db, Guid id, string username, string displayName, UserRole role)
    {
        var identity = new Identity { Id = Guid.NewGuid(), Username = username };
        db.Identities.Add(identity);
        db.Users.Add(new User { Id = id, IdentityId = identity.Id, DisplayName = displayName, Role = role, IsActive = true });
    }

    private static Guid AddParticipant(ClawithDbContext db, string type, Guid refId, string displayName)
    {
        var participant = new Participant { Id = Guid.NewGuid(), Type = type, RefId = refId, DisplayName = displayName };
        db.Participants.Add(participant);
        return participant.Id;
    }

    private static ChatSession AddSession(
        ClawithDbContext db, Guid agentId, Guid userId, string title, string channel, DateTime createdAt, bool withoutMessages = false)
    {
        var session = new ChatSession
        {
            Id = Guid.NewGuid(), AgentId = agentId, UserId = userId, Title = title, SourceChannel = channel,
            CreatedAt = createdAt, LastMessageAt = withoutMessages ? null : createdAt,
        };
        db.ChatSessions.Add(session);
        return session;
    }

    private static void AddMessage(
        ClawithDbContext db, ChatSession session, ChatRole role, string content, DateTime at, Guid? speaker = null, string? thinking = null)
    {
        db.ChatMessages.Add(new ChatMessage
        {
            Id = Guid.NewGuid(), AgentId = session.AgentId, UserId = session.UserId, Role = role, Content = content,
            ConversationId = session.ConversationId, ParticipantId = speaker, Thinking = thinking, CreatedAt = at,
        });
        if (session.LastMessageAt is null || session.LastMessageAt < at)
            session.LastMessageAt = at;
    }
}
