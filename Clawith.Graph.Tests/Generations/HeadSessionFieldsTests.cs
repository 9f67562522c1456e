using Clawith.Graph.Data.Generations;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Messages.Sending;
using Clawith.Graph.Tests.Sessions.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Generations;

/// <summary>
/// What 251aeba8 adds to a session and a message, and what the same fields answer on 225b36fd: sessionType
/// (RULES §9), isPrimary (§8), markSessionRead (M6, §7), sendMessage's tenant_id and mentions (§0.2, §10),
/// soft-deleted agents and sessions (A4, A11).
/// </summary>
public sealed class HeadSessionFieldsTests
{
    private const string Types = """
        { sessions(agentId: "a0000000-0000-4000-8000-000000000001", scope: ALL, first: 50) { nodes { title sessionType isPrimary } } }
        """;

    private const string MarkRead = """
        mutation Mark($input: MarkSessionReadInput!) { markSessionRead(input: $input) { session { id } errors { __typename ... on Error { message } } } }
        """;

    [Theory]
    [InlineData(SchemaGeneration.Commit225b36fd)]
    [InlineData(SchemaGeneration.Commit251aeba8)]
    [Rule("§9")]
    public async Task Session_types_are_stored_on_251aeba8_and_derived_from_the_channel_on_225b36fd(SchemaGeneration generation)
    {
        await using var app = await ClawithAppFactory.CreateAsync(generation);

        var nodes = (await app.Client().As(TestWorld.PlatformAdmin).PostAsync(Types)).ShouldSucceed().Data!["sessions"]!["nodes"]!.AsArray();

        var types = nodes.ToDictionary(n => (string)n!["title"]!, n => (string)n!["sessionType"]!);
        Assert.Equal("DIRECT", types["Trip planning"]);
        Assert.Equal("DIRECT", types["Weekly report"]);
        Assert.Equal("GROUP", types["Launch"]);
        Assert.Equal("TRIGGER", types["Daily reflection"]);
        Assert.Equal("A2A", types["Atlas asks Beacon"]);
        Assert.All(nodes, n => Assert.False((bool)n!["isPrimary"]!));
    }

    [Fact]
    [Rule("§8")]
    public async Task IsPrimary_answers_the_stored_column_on_251aeba8()
    {
        await using var app = await HeadWorld.CreateAsync();
        await HeadWorld.ExecuteAsync(app, "UPDATE chat_sessions SET is_primary = true WHERE id = {0}", await HeadWorld.StoredIdAsync(app, TestWorld.CreatorWeb));

        var response = await app.Client().As(TestWorld.Creator).PostAsync(
            $$"""{ session(agentId: "{{TestWorld.Atlas}}", id: "{{TestWorld.CreatorWeb}}") { isPrimary sessionType } }""");

        Assert.True((bool)response.ShouldSucceed().Data!["session"]!["isPrimary"]!);
    }

    [Fact]
    [Rule("§7")]
    public async Task MarkSessionRead_sets_the_owners_read_mark_and_refuses_anyone_else_and_other_kinds()
    {
        await using var app = await HeadWorld.CreateAsync();
        var before = DateTime.UtcNow.AddSeconds(-1);

        var marked = await app.Client().As(TestWorld.Creator).PostAsync(MarkRead, new { input = new { agentId = TestWorld.Atlas, sessionId = TestWorld.CreatorWeb } });
        var byAdmin = await app.Client().As(TestWorld.PlatformAdmin).PostAsync(MarkRead, new { input = new { agentId = TestWorld.Atlas, sessionId = TestWorld.CreatorFeishu } });
        var group = await app.Client().As(TestWorld.Creator).PostAsync(MarkRead, new { input = new { agentId = TestWorld.Atlas, sessionId = TestWorld.CreatorGroup } });

        Assert.Equal(TestWorld.CreatorWeb.ToString(), (string?)PayloadAssert.Succeeded(marked, "markSessionRead")["session"]!["id"]);
        var row = await HeadWorld.SessionRowAsync(app, TestWorld.CreatorWeb);
        Assert.NotNull(row.LastReadAtByUser);
        Assert.InRange(row.LastReadAtByUser.Value, before, DateTime.UtcNow);
        Assert.Equal(row.LastReadAtByUser, row.UpdatedAt);
        Assert.Equal("NotAuthorizedError", (string?)byAdmin.ShouldSucceed().Data!["markSessionRead"]!["errors"]![0]!["__typename"]);
        Assert.Null((await HeadWorld.SessionRowAsync(app, TestWorld.CreatorFeishu)).LastReadAtByUser);
        Assert.Equal("NotAuthorizedError", (string?)group.ShouldSucceed().Data!["markSessionRead"]!["errors"]![0]!["__typename"]);
    }

    [Fact]
    public async Task MarkSessionRead_on_225b36fd_answers_the_owners_session_and_changes_nothing()
    {
        await using var app = await ClawithAppFactory.CreateAsync(SchemaGeneration.Commit225b36fd);

        var marked = await app.Client().As(TestWorld.Creator).PostAsync(MarkRead, new { input = new { agentId = TestWorld.Atlas, sessionId = TestWorld.CreatorWeb } });

        Assert.Equal(TestWorld.CreatorWeb.ToString(), (string?)PayloadAssert.Succeeded(marked, "markSessionRead")["session"]!["id"]);
    }

    [Fact]
    public async Task SendMessage_writes_the_sessions_tenant_mentions_and_the_senders_participant()
    {
        await using var app = await HeadWorld.CreateAsync();

        var response = await app.Client().As(TestWorld.Creator).SendMessageAsync(TestWorld.Atlas, TestWorld.CreatorWeb, "Tenant-stamped");

        var id = Guid.Parse((string)PayloadAssert.Succeeded(response, SendMessageCalls.Mutation)["message"]!["id"]!);
        await using var db = await app.NewDbContextAsync();
        var row = await db.ChatMessages.AsNoTracking().SingleAsync(m => m.Id == id);
        Assert.Equal(TestWorld.Tenant, row.TenantId);
        Assert.Equal("[]", row.Mentions.Replace(" ", ""));
        Assert.Equal(TestWorld.Atlas, row.AgentId);
        Assert.Equal(TestWorld.Creator, row.UserId);
        Assert.Equal(TestWorld.CreatorSpeaker, row.ParticipantId);
        Assert.Equal(TestWorld.CreatorWeb.ToString(), row.ConversationId);
        var session = await HeadWorld.SessionRowAsync(app, TestWorld.CreatorWeb);
        Assert.Equal(row.CreatedAt, session.LastMessageAt);
        Assert.Equal(row.CreatedAt, session.UpdatedAt);
    }

    [Fact]
    [Rule("A4")]
    public async Task A_soft_deleted_agent_is_not_found_even_by_its_creator()
    {
        await using var app = await HeadWorld.CreateAsync();
        await HeadWorld.ExecuteAsync(app, "UPDATE agents SET deleted_at = '2026-01-02 00:00:00' WHERE id = {0}", await HeadWorld.StoredIdAsync(app, TestWorld.Atlas));

        var agent = await app.Client().As(TestWorld.Creator).PostAsync($$"""{ agent(id: "{{TestWorld.Atlas}}") { name } }""");
        var create = await app.Client().As(TestWorld.Creator).CreateSessionAsync(new { agentId = TestWorld.Atlas });

        Assert.Equal("NOT_FOUND", agent.ErrorCode());
        Assert.Equal("Agent not found", agent.ErrorMessage());
        Assert.Equal("Agent not found", (string?)create.ShouldSucceed().Data!["createSession"]!["errors"]![0]!["message"]);
    }

    [Fact]
    [Rule("A11")]
    public async Task A_session_of_another_tenant_under_this_tenants_agent_is_not_found()
    {
        await using var app = await HeadWorld.CreateWithTwoTenantsAsync();
        // A row no Clawith writer makes, but that its tenant filter (A11) still hides.
        await HeadWorld.ExecuteAsync(app, "UPDATE chat_sessions SET tenant_id = {0} WHERE id = {1}",
            await HeadWorld.StoredIdAsync(app, HeadWorld.OtherTenant), await HeadWorld.StoredIdAsync(app, TestWorld.CreatorWeb));

        var read = await app.Client().As(TestWorld.Creator).PostAsync(
            $$"""{ session(agentId: "{{TestWorld.Atlas}}", id: "{{TestWorld.CreatorWeb}}") { title } }""");
        var send = await app.Client().As(TestWorld.Creator).SendMessageAsync(TestWorld.Atlas, TestWorld.CreatorWeb, "Across");

        Assert.Equal("Session not found", read.ErrorMessage());
        Assert.Equal("Session not found", (string?)send.ShouldSucceed().Data!["sendMessage"]!["errors"]![0]!["message"]);
    }
}
