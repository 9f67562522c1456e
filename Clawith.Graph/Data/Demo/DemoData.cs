using Clawith.Graph.Data.Entities;

namespace Clawith.Graph.Data.Demo;

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
    /// <summary>Everyone's tenant, where the database has tenants (251aeba8).</summary>
    public static readonly Guid TenantId = Guid.Parse("70000000-0000-4000-8000-000000000001");

    public static IReadOnlyList<string> Usernames { get; } = ["root", "olivia", "adam", "alice", "bob"];

    public static async Task SeedAsync(ClawithDbContext db, CancellationToken cancellationToken)
    {
        var now = StorageConventions.TruncateToMicroseconds(DateTime.UtcNow);
        var rows = new DemoRowWriter(db, TenantId);
        rows.Tenant(TenantId, "Demo", "demo");
        rows.User(PlatformAdminId, "root", "Platform Root", UserRole.PlatformAdmin);
        rows.User(OrgAdminId, "olivia", "Olivia Org", UserRole.OrgAdmin);
        rows.User(AgentAdminId, "adam", "Adam Agentadmin", UserRole.AgentAdmin);
        rows.User(AliceId, "alice", "Alice Member", UserRole.Member);
        rows.User(BobId, "bob", "Bob Member", UserRole.Member);
        db.Agents.AddRange(
            new Agent { Id = AtlasId, Name = "Atlas", CreatorId = OrgAdminId, TenantId = TenantId, AccessMode = AgentAccessModes.Company },
            new Agent { Id = BeaconId, Name = "Beacon", CreatorId = AgentAdminId, TenantId = TenantId, AccessMode = AgentAccessModes.Custom },
            new Agent { Id = CipherId, Name = "Cipher", CreatorId = AliceId, TenantId = TenantId, AccessMode = AgentAccessModes.Private });
        db.AgentPermissions.AddRange(
            new AgentPermission { Id = Guid.NewGuid(), AgentId = AtlasId, ScopeType = PermissionScope.Company },
            new AgentPermission { Id = Guid.NewGuid(), AgentId = BeaconId, ScopeType = PermissionScope.User, ScopeId = BobId });
        var aliceSpeaker = rows.Participant(Guid.NewGuid(), "user", AliceId, "Alice Member").Id;
        var atlasSpeaker = rows.Participant(Guid.NewGuid(), "agent", AtlasId, "Atlas").Id;
        var beaconSpeaker = rows.Participant(Guid.NewGuid(), "agent", BeaconId, "Beacon").Id;

        ChatSession Session(Guid agent, Guid owner, string title, string channel, DateTime at, Guid? peer = null, string? group = null) =>
            rows.Session(Guid.NewGuid(), agent, owner, title, channel, at, peer, isGroup: group is not null, group);
        void Say(ChatSession session, ChatRole role, string content, DateTime at, Guid? speaker = null, string? thinking = null) =>
            rows.Message(session, Guid.NewGuid(), role, content, at, speaker, thinking);

        var web = Session(AtlasId, AliceId, "Trip planning", "web", now.AddHours(-30));
        Say(web, ChatRole.User, "Plan a weekend in Lisbon.", now.AddHours(-30), aliceSpeaker);
        Say(web, ChatRole.Assistant, "Day one: Alfama and the castle. Day two: Belém.", now.AddHours(-30).AddMinutes(1), atlasSpeaker,
            thinking: "Two days, walkable districts first.");
        Say(web, ChatRole.ToolCall, """{"name": "web_search", "args": {"q": "Lisbon weather"}, "status": "done", "result": "Sunny, 24°C"}""",
            now.AddHours(-30).AddMinutes(2), atlasSpeaker);
        Say(web, ChatRole.Assistant, "It will be sunny: pack light.", now.AddHours(-30).AddMinutes(3), atlasSpeaker);

        var feishu = Session(AtlasId, BobId, "Weekly report", "feishu", now.AddHours(-5));
        Say(feishu, ChatRole.User, "Summarise this week's tickets.", now.AddHours(-5));
        Say(feishu, ChatRole.Assistant, "Twelve closed, three open, one blocked.", now.AddHours(-5).AddMinutes(1));

        var group = Session(AtlasId, AliceId, "Launch", "slack", now.AddHours(-3), group: "#launch-team");
        Say(group, ChatRole.User, "Is the release note ready?", now.AddHours(-3), aliceSpeaker);
        Say(group, ChatRole.Assistant, "Yes, drafted in the wiki.", now.AddHours(-3).AddMinutes(1), atlasSpeaker);

        var agentToAgent = Session(AtlasId, OrgAdminId, "Atlas asks Beacon", ChatSession.AgentChannel, now.AddHours(-1), peer: BeaconId);
        Say(agentToAgent, ChatRole.User, "Beacon, what is the deploy status?", now.AddHours(-1), atlasSpeaker);
        Say(agentToAgent, ChatRole.Assistant,
            "Checking.\n```tool_code\ncheck_deploy\n```\n```json\n{\"env\": \"prod\"}\n```\nProd is green.",
            now.AddHours(-1).AddMinutes(1), beaconSpeaker);

        var trigger = Session(AtlasId, AliceId, "Daily reflection", ChatSession.TriggerChannel, now.AddHours(-2));
        Say(trigger, ChatRole.System, "Reflect on today's conversations.", now.AddHours(-2));

        Session(AtlasId, AliceId, "Empty draft", "web", now.AddMinutes(-30));

        var orphan = Session(AtlasId, AliceId, "Orphan reply", "web", now.AddHours(-4));
        Say(orphan, ChatRole.Assistant, "A reply whose question was lost.", now.AddHours(-4));

        var beaconChat = Session(BeaconId, BobId, "Deploy questions", "web", now.AddHours(-6));
        Say(beaconChat, ChatRole.User, "When is the next deploy?", now.AddHours(-6));
        Say(beaconChat, ChatRole.Assistant, "Thursday at 10:00 UTC.", now.AddHours(-6).AddMinutes(1));

        var cipherChat = Session(CipherId, AliceId, "Secrets", "web", now.AddHours(-8));
        Say(cipherChat, ChatRole.User, "Remind me of my notes.", now.AddHours(-8), aliceSpeaker);

        await db.SaveChangesAsync(cancellationToken);
    }
}
