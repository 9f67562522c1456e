using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Sessions.Mutations;
using Microsoft.EntityFrameworkCore;
using static Clawith.Graph.Tests.Generations.HeadListings;

namespace Clawith.Graph.Tests.Generations;

/// <summary>
/// Clawith 251aeba8's listings on the graph and REST (RULES L2–L4, L7, §0.2): the caller's tenant, active
/// sessions only, MINE by session type, ALL with the agent-to-agent sessions of either side, and hidden only
/// what holds no message at all.
/// </summary>
public sealed class HeadListingTests
{
    [Fact251aeba8]
    [Rule("L2", "L4", "L7")]
    public async Task Mine_lists_the_callers_direct_sessions_from_any_channel_that_hold_any_message_most_recent_first()
    {
        await using var app = await HeadWorld.CreateAsync();

        var mine = await IdsAsync(app.Client().As(TestWorld.Creator), TestWorld.Atlas, "mine");

        // The feishu one-to-one chat is direct (L2); the assistant-only and the misaddressed sessions hold a message (L7);
        // the tie on last_message_at goes to the one created later (L4). Groups, the trigger session and the empty draft are not here.
        Assert.Equal([TestWorld.CreatorWeb, TestWorld.CreatorTie, TestWorld.CreatorFeishu, TestWorld.CreatorOrphan, TestWorld.CreatorCrossAgent], mine);
    }

    [Fact251aeba8]
    [Rule("L2")]
    public async Task Mine_never_holds_the_callers_group_agent_to_agent_or_trigger_sessions()
    {
        await using var app = await HeadWorld.CreateAsync();
        await AddSessionsAsync(app);

        // OrgAdmin owns Atlas's a2a sessions, AgentAdmin Beacon's; the creator owns the groups and the trigger session.
        var orgAdmin = await IdsAsync(app.Client().As(TestWorld.OrgAdmin), TestWorld.Atlas, "mine");
        var agentAdmin = await IdsAsync(app.Client().As(TestWorld.AgentAdmin), TestWorld.Beacon, "mine");
        var creator = await IdsAsync(app.Client().As(TestWorld.Creator), TestWorld.Atlas, "mine");

        Assert.Empty(orgAdmin);
        Assert.Equal([TestWorld.BeaconChat], agentAdmin);
        Assert.DoesNotContain(TestWorld.CreatorGroup, creator);
        Assert.DoesNotContain(TestWorld.UnnamedGroup, creator);
        Assert.DoesNotContain(TestWorld.CreatorTrigger, creator);
    }

    [Fact251aeba8]
    [Rule("L3", "L4")]
    public async Task All_holds_trigger_group_and_agent_to_agent_sessions_each_once_under_either_agent_in_activity_order()
    {
        await using var app = await HeadWorld.CreateAsync();
        await AddSessionsAsync(app);

        var atlas = await IdsAsync(app.Client().As(TestWorld.PlatformAdmin), TestWorld.Atlas, "all");
        var beacon = await IdsAsync(app.Client().As(TestWorld.AgentAdmin), TestWorld.Beacon, "all");

        Assert.Equal(atlas.Distinct(), atlas);
        Assert.All([TestWorld.CreatorTrigger, TestWorld.CreatorGroup, TestWorld.UnnamedGroup, TestWorld.AtlasToBeacon, BeaconToAtlas, AtlasToItself],
            id => Assert.Contains(id, atlas));
        Assert.DoesNotContain(TestWorld.CreatorEmpty, atlas);
        Assert.Equal(17, atlas.Count);
        Assert.Equal([BeaconToAtlas, TestWorld.AtlasToBeacon, TestWorld.BeaconChat], beacon);
        Assert.Equal(await InListingOrderAsync(app, atlas), atlas);
    }

    [Fact251aeba8]
    [Rule("L2", "L3")]
    public async Task A_soft_deleted_session_is_in_neither_listing()
    {
        await using var app = await HeadWorld.CreateAsync();
        await SoftDeleteAsync(app, TestWorld.CreatorWeb);
        await SoftDeleteAsync(app, TestWorld.AtlasToBeacon);

        var mine = await IdsAsync(app.Client().As(TestWorld.Creator), TestWorld.Atlas, "mine");
        var all = await IdsAsync(app.Client().As(TestWorld.PlatformAdmin), TestWorld.Atlas, "all");
        var underPeer = await IdsAsync(app.Client().As(TestWorld.AgentAdmin), TestWorld.Beacon, "all");

        Assert.DoesNotContain(TestWorld.CreatorWeb, mine);
        Assert.DoesNotContain(TestWorld.CreatorWeb, all);
        Assert.DoesNotContain(TestWorld.AtlasToBeacon, all);
        Assert.Equal([TestWorld.BeaconChat], underPeer);
        Assert.Equal(4, mine.Count);
        Assert.Equal(12, all.Count);
    }

    [Fact251aeba8]
    [Rule("A4", "A11")]
    public async Task A_session_of_another_tenant_is_never_listed_even_under_this_tenants_agent()
    {
        await using var app = await HeadWorld.CreateWithTwoTenantsAsync();
        await MoveToOtherTenantAsync(app, TestWorld.CreatorFeishu);

        var mine = await IdsAsync(app.Client().As(TestWorld.Creator), TestWorld.Atlas, "mine");
        var all = await IdsAsync(app.Client().As(TestWorld.PlatformAdmin), TestWorld.Atlas, "all");
        var otherTenant = await app.Client().As(HeadWorld.OtherAdmin).PostAsync(
            $$"""{ sessions(agentId: "{{TestWorld.Atlas}}", scope: ALL) { nodes { id } } }""");
        var drift = await IdsAsync(app.Client().As(HeadWorld.OtherAdmin), HeadWorld.Drift, "all");

        Assert.DoesNotContain(TestWorld.CreatorFeishu, mine);
        Assert.DoesNotContain(TestWorld.CreatorFeishu, all);
        Assert.DoesNotContain(HeadWorld.DriftChat, all);
        Assert.Equal("Agent not found", otherTenant.ErrorMessage());
        Assert.Equal([HeadWorld.DriftChat], drift);
    }

    [Fact251aeba8]
    [Rule("L7", "C6")]
    public async Task A_session_without_a_message_is_hidden_until_one_of_any_role_arrives()
    {
        await using var app = await HeadWorld.CreateAsync();
        var creator = app.Client().As(TestWorld.Creator);
        var created = PayloadAssert.Succeeded(await creator.CreateSessionAsync(new { agentId = TestWorld.Atlas }), "createSession");
        var id = Guid.Parse((string)created["session"]!["id"]!);

        var mineBefore = await IdsAsync(creator, TestWorld.Atlas, "mine");
        var allBefore = await IdsAsync(app.Client().As(TestWorld.PlatformAdmin), TestWorld.Atlas, "all");
        await using (var db = await app.NewDbContextAsync())
        {
            // An agent's message to a user's primary session, as Clawith's send_platform_message writes it: no user message at all.
            db.ChatMessages.Add(new ChatMessage { Id = HeadWorld.Id("e2000000", 9), AgentId = TestWorld.Atlas, UserId = TestWorld.Creator,
                Role = ChatRole.Assistant, Content = "A word from Atlas.", ConversationId = id.ToString(), CreatedAt = TestWorld.T0.AddHours(1) });
            await db.SaveChangesAsync();
        }
        var mineAfter = await IdsAsync(creator, TestWorld.Atlas, "mine");

        Assert.DoesNotContain(id, mineBefore);
        Assert.DoesNotContain(id, allBefore);
        Assert.Contains(TestWorld.CreatorOrphan, mineBefore);
        Assert.Contains(id, mineAfter);
    }

    [Fact251aeba8]
    [Rule("L5", "L7")]
    public async Task A_message_clawith_wrote_without_a_tenant_lists_its_session_and_counts()
    {
        await using var app = await HeadWorld.CreateAsync();
        await AddSessionsAsync(app);

        var mine = await GraphAsync(app.Client().As(TestWorld.Creator), TestWorld.Atlas, "MINE");
        var rest = await RestAsync(app.Client().As(TestWorld.Creator), TestWorld.Atlas, "mine");

        Assert.Equal(ClawithWritten.ToString(), (string?)mine[0]!["id"]);
        Assert.Equal(1, (int)mine[0]!["messageCount"]!);
        Assert.Equal(ClawithWritten.ToString(), (string?)rest[0]!["id"]);
        Assert.Equal(1, (int)rest[0]!["message_count"]!);
    }

    /// <summary>The sessions in L4's order, from their rows: last message first (none last), then the newest, then by id.</summary>
    private static async Task<List<Guid>> InListingOrderAsync(ClawithAppFactory app, List<Guid> ids)
    {
        await using var db = await app.NewDbContextAsync();
        var rows = await db.ChatSessions.AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync();
        return [.. rows.OrderBy(s => s.LastMessageAt is null).ThenByDescending(s => s.LastMessageAt).ThenByDescending(s => s.CreatedAt)
            .ThenByDescending(s => s.Id.ToString()).Select(s => s.Id)];
    }
}
