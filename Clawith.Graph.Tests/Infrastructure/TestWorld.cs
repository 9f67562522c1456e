using Clawith.Graph.Data;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;

namespace Clawith.Graph.Tests.Infrastructure;

/// <summary>
/// One fixed world every HTTP test starts from: a user per role and per kind of access, agents with
/// different sharing, and a session for each listing, naming and parsing rule. Ids and times are
/// fixed so snapshots are stable.
/// </summary>
public static class TestWorld
{
    public static readonly DateTime T0 = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Everyone's tenant where the database has tenants (251aeba8); on 225b36fd no row is written.</summary>
    public static readonly Guid Tenant = Id("70000000", 1);

    // Users
    public static readonly Guid PlatformAdmin = Id("10000000", 1);
    public static readonly Guid OrgAdmin = Id("10000000", 2);
    public static readonly Guid AgentAdmin = Id("10000000", 3);
    /// <summary>A member who created Atlas.</summary>
    public static readonly Guid Creator = Id("10000000", 4);
    /// <summary>A member with a user permission on Atlas.</summary>
    public static readonly Guid Permitted = Id("10000000", 5);
    /// <summary>A member who reaches Harbor through its company-wide permission only.</summary>
    public static readonly Guid CompanyMember = Id("10000000", 6);
    /// <summary>A member with no access to Atlas.</summary>
    public static readonly Guid Stranger = Id("10000000", 7);
    /// <summary>An inactive member (with a permission on Atlas that must not help).</summary>
    public static readonly Guid Inactive = Id("10000000", 8);
    /// <summary>A user with an empty display name and no identity: named "Unknown".</summary>
    public static readonly Guid Nameless = Id("10000000", 9);
    /// <summary>A user with an empty display name whose identity has a username.</summary>
    public static readonly Guid UsernameOnly = Id("10000000", 10);
    /// <summary>A user id with no row (a token for a deleted user).</summary>
    public static readonly Guid Ghost = Id("10000000", 99);

    // Agents
    /// <summary>Created by <see cref="Creator"/>, shared with <see cref="Permitted"/> and <see cref="Inactive"/>.</summary>
    public static readonly Guid Atlas = Id("a0000000", 1);
    /// <summary>Shared company-wide; created by <see cref="OrgAdmin"/>.</summary>
    public static readonly Guid Harbor = Id("a0000000", 2);
    /// <summary>Private to <see cref="AgentAdmin"/>; the peer of Atlas's agent-to-agent session.</summary>
    public static readonly Guid Beacon = Id("a0000000", 3);
    public static readonly Guid Missing = Id("a0000000", 99);

    // Participants
    public static readonly Guid CreatorSpeaker = Id("b0000000", 1);
    public static readonly Guid AtlasSpeaker = Id("b0000000", 2);
    public static readonly Guid BeaconSpeaker = Id("b0000000", 3);

    // Sessions of Atlas
    /// <summary>Creator's web chat, most recent.</summary>
    public static readonly Guid CreatorWeb = Id("c0000000", 1);
    /// <summary>Creator's feishu chat.</summary>
    public static readonly Guid CreatorFeishu = Id("c0000000", 2);
    /// <summary>No message at all: hidden from both listings.</summary>
    public static readonly Guid CreatorEmpty = Id("c0000000", 3);
    /// <summary>Assistant messages only: hidden from MINE, listed in ALL.</summary>
    public static readonly Guid CreatorOrphan = Id("c0000000", 4);
    /// <summary>A group chat with a group name.</summary>
    public static readonly Guid CreatorGroup = Id("c0000000", 5);
    /// <summary>A group chat with neither group name nor title: "Group Chat".</summary>
    public static readonly Guid UnnamedGroup = Id("c0000000", 6);
    /// <summary>A trigger (reflection) session with a user message: not MINE.</summary>
    public static readonly Guid CreatorTrigger = Id("c0000000", 7);
    /// <summary>Atlas talking to Beacon, owned by OrgAdmin, with inline tool blocks.</summary>
    public static readonly Guid AtlasToBeacon = Id("c0000000", 8);
    /// <summary>Permitted's chat whose last_message_at is null though it has messages: listed last.</summary>
    public static readonly Guid PermittedUndated = Id("c0000000", 9);
    /// <summary>Permitted's chat of tool calls: valid, invalid and partial JSON.</summary>
    public static readonly Guid PermittedTools = Id("c0000000", 10);
    /// <summary>Creator's session whose only user message was addressed to another agent: hidden from MINE.</summary>
    public static readonly Guid CreatorCrossAgent = Id("c0000000", 11);
    public static readonly Guid NamelessChat = Id("c0000000", 12);
    public static readonly Guid UsernameOnlyChat = Id("c0000000", 13);
    /// <summary>Permitted's long chat: <see cref="LongChatLength"/> messages, one a minute.</summary>
    public static readonly Guid PermittedLong = Id("c0000000", 14);
    /// <summary>Same last_message_at as <see cref="CreatorFeishu"/>, created later: listed before it.</summary>
    public static readonly Guid CreatorTie = Id("c0000000", 15);
    // Sessions of other agents
    public static readonly Guid HarborChat = Id("c0000000", 20);
    public static readonly Guid BeaconChat = Id("c0000000", 21);

    public const int LongChatLength = 520;

    public static async Task SeedAsync(ClawithDbContext db)
    {
        var rows = new DemoRowWriter(db, Tenant);
        rows.Tenant(Tenant, "Test tenant", "test");
        rows.User(PlatformAdmin, "root", "Platform Admin", UserRole.PlatformAdmin);
        rows.User(OrgAdmin, "olivia", "Org Admin", UserRole.OrgAdmin);
        rows.User(AgentAdmin, "adam", "Agent Admin", UserRole.AgentAdmin);
        rows.User(Creator, "carla", "Carla Creator", UserRole.Member);
        rows.User(Permitted, "pete", "Pete Permitted", UserRole.Member);
        rows.User(CompanyMember, "cora", "Cora Company", UserRole.Member);
        rows.User(Stranger, "sam", "Sam Stranger", UserRole.Member);
        rows.User(Inactive, "ivan", "Ivan Inactive", UserRole.Member, active: false);
        rows.User(Nameless, username: null, "", UserRole.Member);
        rows.User(UsernameOnly, "uma", "", UserRole.Member);

        // On 251aeba8 each agent's access_mode says what its permission rows said on 225b36fd (as migration 052
        // derives it, except Beacon: no rows made it 'company' there, and it is private to its creator here).
        db.Agents.AddRange(
            new Agent { Id = Atlas, Name = "Atlas", CreatorId = Creator, AvatarUrl = "https://example.test/atlas.png", TenantId = Tenant, AccessMode = AgentAccessModes.Custom },
            new Agent { Id = Harbor, Name = "Harbor", CreatorId = OrgAdmin, TenantId = Tenant, AccessMode = AgentAccessModes.Company },
            new Agent { Id = Beacon, Name = "Beacon", CreatorId = AgentAdmin, TenantId = Tenant, AccessMode = AgentAccessModes.Private });
        db.AgentPermissions.AddRange(
            new AgentPermission { Id = Id("d0000000", 1), AgentId = Atlas, ScopeType = PermissionScope.User, ScopeId = Permitted },
            new AgentPermission { Id = Id("d0000000", 2), AgentId = Atlas, ScopeType = PermissionScope.User, ScopeId = Inactive },
            new AgentPermission { Id = Id("d0000000", 3), AgentId = Harbor, ScopeType = PermissionScope.Company },
            new AgentPermission { Id = Id("d0000000", 4), AgentId = Atlas, ScopeType = PermissionScope.Department, ScopeId = Stranger, AccessLevel = "manage" });
        rows.Participant(CreatorSpeaker, "user", Creator, "Carla Creator");
        rows.Participant(AtlasSpeaker, "agent", Atlas, "Atlas");
        rows.Participant(BeaconSpeaker, "agent", Beacon, "Beacon");

        ChatSession Session(Guid id, Guid agent, Guid owner, string title, string channel, int hour, string? group = null, Guid? peer = null) =>
            rows.Session(id, agent, owner, title, channel, T0.AddHours(hour), peer, isGroup: group is not null, string.IsNullOrEmpty(group) ? null : group);
        void Message(ChatSession session, int number, ChatRole role, string content, int hour, int minute = 0,
            Guid? speaker = null, string? thinking = null, Guid? agent = null) =>
            rows.Message(session, MessageId(session.Id, number), role, content, T0.AddHours(hour).AddMinutes(minute), speaker, thinking, agent);

        var web = Session(CreatorWeb, Atlas, Creator, "Trip planning", "web", hour: 1);
        Message(web, 1, ChatRole.User, "Plan a weekend in Lisbon.", hour: 10, speaker: CreatorSpeaker);
        Message(web, 2, ChatRole.Assistant, "Alfama first, then Belém.", hour: 10, minute: 1, speaker: AtlasSpeaker, thinking: "Walkable first.");

        var feishu = Session(CreatorFeishu, Atlas, Creator, "Weekly report", "feishu", hour: 2);
        Message(feishu, 1, ChatRole.User, "Summarise the week.", hour: 8);
        var tie = Session(CreatorTie, Atlas, Creator, "Same minute", "web", hour: 3);
        Message(tie, 1, ChatRole.User, "Another thing at eight.", hour: 8);

        Session(CreatorEmpty, Atlas, Creator, "Empty draft", "web", hour: 20);
        var orphan = Session(CreatorOrphan, Atlas, Creator, "Orphan reply", "web", hour: 2);
        Message(orphan, 1, ChatRole.Assistant, "An answer to nothing.", hour: 7);

        var group = Session(CreatorGroup, Atlas, Creator, "Launch", "slack", hour: 2, group: "#launch");
        Message(group, 1, ChatRole.User, "Release notes ready?", hour: 9, minute: 30);
        var unnamed = Session(UnnamedGroup, Atlas, Creator, "", "discord", hour: 2, group: "");
        Message(unnamed, 1, ChatRole.User, "Hello group.", hour: 6);

        var trigger = Session(CreatorTrigger, Atlas, Creator, "Daily reflection", "trigger", hour: 2);
        Message(trigger, 1, ChatRole.User, "Reflect on today.", hour: 9, minute: 45);

        var a2a = Session(AtlasToBeacon, Atlas, OrgAdmin, "Atlas asks Beacon", ChatSession.AgentChannel, hour: 2, peer: Beacon);
        Message(a2a, 1, ChatRole.User, "Beacon, deploy status?", hour: 9, minute: 50, speaker: AtlasSpeaker);
        Message(a2a, 2, ChatRole.Assistant,
            "Checking.\n```tool_code\ncheck_deploy\n```\n```json\n{\"env\": \"prod\"}\n```\nProd is green.\n```tool_code\nnotify\n```\n```json\nnot json at all\n```\n```tool_code\nping\n```\nDone.",
            hour: 9, minute: 51, speaker: BeaconSpeaker);
        Message(a2a, 3, ChatRole.Assistant, "Plain answer from nobody recorded.", hour: 9, minute: 52);
        Message(a2a, 4, ChatRole.Assistant, "Mentions ```tool_code but no block.", hour: 9, minute: 53, speaker: BeaconSpeaker);

        var undated = Session(PermittedUndated, Atlas, Permitted, "Undated", "web", hour: 4);
        Message(undated, 1, ChatRole.User, "A message whose session was never stamped.", hour: 4);
        undated.LastMessageAt = null;

        var tools = Session(PermittedTools, Atlas, Permitted, "Tools", "web", hour: 5);
        Message(tools, 1, ChatRole.User, "Search, please.", hour: 5);
        Message(tools, 2, ChatRole.ToolCall, """{"name": "web_search", "args": {"q": "lisbon"}, "status": "running", "result": {"hits": 3}}""", hour: 5, minute: 1);
        Message(tools, 3, ChatRole.ToolCall, """{"name": "calculator", "args": [1, 2]}""", hour: 5, minute: 2);
        Message(tools, 4, ChatRole.ToolCall, "{not json", hour: 5, minute: 3);
        Message(tools, 5, ChatRole.ToolCall, """["an", "array"]""", hour: 5, minute: 4);
        Message(tools, 6, ChatRole.Assistant, "```tool_code\nweb_search\n```\nNot an agent session: stays text.", hour: 5, minute: 5);

        var crossAgent = Session(CreatorCrossAgent, Atlas, Creator, "Misaddressed", "web", hour: 2);
        Message(crossAgent, 1, ChatRole.User, "Meant for Harbor.", hour: 3, agent: Harbor);

        var nameless = Session(NamelessChat, Atlas, Nameless, "Nameless", "web", hour: 2);
        Message(nameless, 1, ChatRole.User, "Who am I?", hour: 2);
        var usernameOnly = Session(UsernameOnlyChat, Atlas, UsernameOnly, "Username only", "web", hour: 2);
        Message(usernameOnly, 1, ChatRole.User, "Call me uma.", hour: 2, minute: 30);

        var longChat = Session(PermittedLong, Atlas, Permitted, "Long chat", "web", hour: 0);
        for (var i = 0; i < LongChatLength; i++)
            Message(longChat, 1000 + i, i % 2 == 0 ? ChatRole.User : ChatRole.Assistant, $"Message {i}", hour: 0, minute: i);

        var harbor = Session(HarborChat, Harbor, CompanyMember, "Harbor hello", "web", hour: 1);
        Message(harbor, 1, ChatRole.User, "Hi Harbor.", hour: 1);
        var beacon = Session(BeaconChat, Beacon, AgentAdmin, "Beacon notes", "web", hour: 1);
        Message(beacon, 1, ChatRole.User, "Hi Beacon.", hour: 1);

        await db.SaveChangesAsync();
    }

    /// <summary>The id of a message of the test world: its session's number and its own.</summary>
    public static Guid MessageId(Guid session, int number) =>
        Guid.Parse($"e0000000-{int.Parse(session.ToString()[^4..]):D4}-4000-8000-{number:D12}");

    private static Guid Id(string prefix, int number) => Guid.Parse($"{prefix}-0000-4000-8000-{number:D12}");
}
