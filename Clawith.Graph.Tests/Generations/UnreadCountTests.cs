using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Generations;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Sessions.Mutations;

namespace Clawith.Graph.Tests.Generations;

/// <summary>ChatSession.unreadCount (RULES L6) and Agent.unreadCount (L10, without its soft-delete defect), on 251aeba8 and 225b36fd.</summary>
public sealed class UnreadCountTests
{
    private static readonly Guid ClawithWritten = HeadWorld.Id("e1000000", 1);

    private static string Counts(Guid agentId) => $$"""
        { agent(id: "{{agentId}}") { unreadCount }
          web: session(agentId: "{{agentId}}", id: "{{TestWorld.CreatorWeb}}") { unreadCount }
          orphan: session(agentId: "{{agentId}}", id: "{{TestWorld.CreatorOrphan}}") { unreadCount }
          group: session(agentId: "{{agentId}}", id: "{{TestWorld.CreatorGroup}}") { unreadCount }
          tools: session(agentId: "{{agentId}}", id: "{{TestWorld.PermittedTools}}") { unreadCount } }
        """;

    private static async Task<Dictionary<string, int>> ReadAsync(GraphClient client)
    {
        var data = (await client.PostAsync(Counts(TestWorld.Atlas))).ShouldSucceed().Data!;
        return new()
        {
            ["agent"] = (int)data["agent"]!["unreadCount"]!,
            ["web"] = (int)data["web"]!["unreadCount"]!,
            ["orphan"] = (int)data["orphan"]!["unreadCount"]!,
            ["group"] = (int)data["group"]!["unreadCount"]!,
            ["tools"] = (int)data["tools"]!["unreadCount"]!,
        };
    }

    [Fact]
    [Rule("L6", "L10")]
    public async Task Only_the_agents_side_of_the_callers_own_direct_sessions_counts_and_marking_read_clears_it()
    {
        await using var app = await HeadWorld.CreateAsync();
        var creator = app.Client().As(TestWorld.Creator);
        await using (var db = await app.NewDbContextAsync())
        {
            // A reply as Clawith writes it: no tenant_id (§0.2); and one in a group chat, which keeps no read mark.
            db.ChatMessages.Add(new ChatMessage
            {
                Id = ClawithWritten, AgentId = TestWorld.Atlas, UserId = TestWorld.Creator, Role = ChatRole.Assistant, Content = "From Clawith",
                ConversationId = TestWorld.CreatorWeb.ToString(), CreatedAt = TestWorld.T0.AddHours(11),
            });
            db.ChatMessages.Add(new ChatMessage
            {
                Id = HeadWorld.Id("e1000000", 2), AgentId = TestWorld.Atlas, UserId = TestWorld.Creator, Role = ChatRole.Assistant, Content = "To the group",
                ConversationId = TestWorld.CreatorGroup.ToString(), CreatedAt = TestWorld.T0.AddHours(11), TenantId = TestWorld.Tenant,
            });
            await db.SaveChangesAsync();
        }

        var before = await ReadAsync(creator);
        PayloadAssert.Succeeded(await creator.PostAsync(
            "mutation($input: MarkSessionReadInput!) { markSessionRead(input: $input) { session { unreadCount } errors { __typename } } }",
            new { input = new { agentId = TestWorld.Atlas, sessionId = TestWorld.CreatorWeb } }), "markSessionRead");
        var after = await ReadAsync(creator);

        // CreatorWeb: its assistant reply and Clawith's; CreatorOrphan: one reply; the group and Permitted's session: 0 for the creator.
        Assert.Equal(new Dictionary<string, int> { ["agent"] = 3, ["web"] = 2, ["orphan"] = 1, ["group"] = 0, ["tools"] = 0 }, before);
        Assert.Equal(new Dictionary<string, int> { ["agent"] = 1, ["web"] = 0, ["orphan"] = 1, ["group"] = 0, ["tools"] = 0 }, after);
    }

    [Fact]
    public async Task A_deleted_sessions_unread_messages_leave_the_agents_badge()
    {
        await using var app = await HeadWorld.CreateAsync();
        var creator = app.Client().As(TestWorld.Creator);

        PayloadAssert.Succeeded(await creator.DeleteSessionAsync(new { agentId = TestWorld.Atlas, sessionId = TestWorld.CreatorOrphan }), "deleteSession");

        var data = (await creator.PostAsync($$"""{ agent(id: "{{TestWorld.Atlas}}") { unreadCount } }""")).ShouldSucceed().Data!;
        Assert.Equal(1, (int)data["agent"]!["unreadCount"]!);
    }

    [Fact]
    [Rule("A11")]
    public async Task Another_tenants_sessions_of_the_caller_do_not_count()
    {
        await using var app = await HeadWorld.CreateWithTwoTenantsAsync();
        await HeadWorld.ExecuteAsync(app, "UPDATE chat_sessions SET tenant_id = {0} WHERE id = {1}",
            await HeadWorld.StoredIdAsync(app, HeadWorld.OtherTenant), await HeadWorld.StoredIdAsync(app, TestWorld.CreatorOrphan));

        var data = (await app.Client().As(TestWorld.Creator).PostAsync($$"""{ agent(id: "{{TestWorld.Atlas}}") { unreadCount } }""")).ShouldSucceed().Data!;

        Assert.Equal(1, (int)data["agent"]!["unreadCount"]!);
    }

    [Fact]
    public async Task On_225b36fd_nothing_is_unread()
    {
        await using var app = await ClawithAppFactory.CreateAsync(SchemaGeneration.Commit225b36fd);

        // The creator's own sessions (225b36fd gives creators no view of others' sessions).
        var data = (await app.Client().As(TestWorld.Creator).PostAsync(Counts(TestWorld.Atlas).Replace(
            $$"""tools: session(agentId: "{{TestWorld.Atlas}}", id: "{{TestWorld.PermittedTools}}") { unreadCount } """, ""))).ShouldSucceed().Data!;

        Assert.Equal(0, (int)data["agent"]!["unreadCount"]!);
        Assert.All(new[] { "web", "orphan", "group" }, alias => Assert.Equal(0, (int)data[alias]!["unreadCount"]!));
    }
}
