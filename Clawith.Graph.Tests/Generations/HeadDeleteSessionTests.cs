using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Agreement;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Sessions.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Generations;

/// <summary>renameSession and deleteSession on Clawith 251aeba8's schema: RULES R2, R3, D1–D4.</summary>
public sealed class HeadDeleteSessionTests
{
    [Fact]
    [Rule("D1", "D2")]
    public async Task Delete_is_soft_keeps_the_messages_and_a_second_delete_finds_nothing()
    {
        await using var app = await HeadWorld.CreateAsync();
        var client = app.Client().As(TestWorld.Creator);
        var messagesBefore = await StoredSessions.MessageCountAsync(app, TestWorld.CreatorWeb);

        PayloadAssert.Succeeded(await client.DeleteSessionAsync(new { agentId = TestWorld.Atlas, sessionId = TestWorld.CreatorWeb }), "deleteSession");

        var row = await HeadWorld.SessionRowAsync(app, TestWorld.CreatorWeb);
        Assert.NotNull(row.DeletedAt);
        Assert.Equal(row.DeletedAt, row.UpdatedAt);
        Assert.Equal(2, messagesBefore);
        Assert.Equal(messagesBefore, await StoredSessions.MessageCountAsync(app, TestWorld.CreatorWeb));
        PayloadAssert.SessionMissing(await client.DeleteSessionAsync(new { agentId = TestWorld.Atlas, sessionId = TestWorld.CreatorWeb }),
            "deleteSession", "deletedSessionId");
        PayloadAssert.SessionMissing(await client.RenameSessionAsync(new { agentId = TestWorld.Atlas, sessionId = TestWorld.CreatorWeb, title = "Back" }),
            "renameSession", "session");
        var read = await client.PostAsync($$"""{ session(agentId: "{{TestWorld.Atlas}}", id: "{{TestWorld.CreatorWeb}}") { title } }""");
        Assert.Equal("NOT_FOUND", read.ErrorCode());
        Assert.Equal("Session not found", read.ErrorMessage());
    }

    [Fact]
    [Rule("D3", "§8")]
    public async Task Deleting_the_primary_promotes_the_best_remaining_direct_session()
    {
        await using var app = await HeadWorld.CreateAsync();
        await HeadWorld.ExecuteAsync(app, "UPDATE chat_sessions SET is_primary = true WHERE id = {0}", await HeadWorld.StoredIdAsync(app, TestWorld.CreatorWeb));

        PayloadAssert.Succeeded(await app.Client().As(TestWorld.Creator).DeleteSessionAsync(new { agentId = TestWorld.Atlas, sessionId = TestWorld.CreatorWeb }),
            "deleteSession");

        // After CreatorWeb (10:01), the creator's latest direct sessions are CreatorTie and CreatorFeishu, both at 08:00;
        // CreatorTie was created later (L4), so it is the best.
        await using var db = await app.NewDbContextAsync();
        var primaries = await db.ChatSessions.AsNoTracking().Where(s => s.IsPrimary && s.DeletedAt == null).Select(s => s.Id).ToListAsync();
        Assert.Equal([TestWorld.CreatorTie], primaries);
    }

    [Fact]
    [Rule("D3")]
    public async Task Deleting_a_session_that_is_not_primary_promotes_nothing()
    {
        await using var app = await HeadWorld.CreateAsync();
        await HeadWorld.ExecuteAsync(app, "UPDATE chat_sessions SET is_primary = true WHERE id = {0}", await HeadWorld.StoredIdAsync(app, TestWorld.CreatorFeishu));

        PayloadAssert.Succeeded(await app.Client().As(TestWorld.Creator).DeleteSessionAsync(new { agentId = TestWorld.Atlas, sessionId = TestWorld.CreatorWeb }),
            "deleteSession");

        await using var db = await app.NewDbContextAsync();
        Assert.Equal([TestWorld.CreatorFeishu], await db.ChatSessions.AsNoTracking().Where(s => s.IsPrimary).Select(s => s.Id).ToListAsync());
    }

    [Fact]
    [Rule("D4")]
    public async Task Delete_queues_a_cancel_for_each_foreground_run_and_its_delegated_children()
    {
        await using var app = await HeadWorld.CreateAsync();
        Guid foreground = HeadWorld.Id("f0000000", 1), child = HeadWorld.Id("f0000000", 2), grandchild = HeadWorld.Id("f0000000", 3),
            background = HeadWorld.Id("f0000000", 4), later = HeadWorld.Id("f0000000", 5), elsewhere = HeadWorld.Id("f0000000", 6);
        await using (var db = await app.NewDbContextAsync())
        {
            AgentRun Run(Guid id, string kind, Guid? session, Guid? parent, int minute) => new()
            {
                Id = id, TenantId = TestWorld.Tenant, AgentId = TestWorld.Atlas, SessionId = session, ParentRunId = parent, RunKind = kind,
                CreatedAt = TestWorld.T0.AddMinutes(minute),
            };
            db.Set<AgentRun>().AddRange(
                Run(foreground, "foreground", TestWorld.CreatorWeb, null, 1),
                Run(child, "delegated", null, foreground, 2),
                Run(grandchild, "delegated", null, child, 3),
                Run(background, "background", TestWorld.CreatorWeb, null, 4),
                // Orchestration runs (also cancelled) plan native group chats: Clawith's checks keep them off direct sessions.
                Run(later, "foreground", TestWorld.CreatorWeb, null, 5),
                Run(elsewhere, "foreground", TestWorld.CreatorFeishu, null, 6));
            await db.SaveChangesAsync();
        }

        // An admin deletes: the actor is the admin, the lock the owner's scope's.
        PayloadAssert.Succeeded(await app.Client().As(TestWorld.PlatformAdmin).DeleteSessionAsync(new { agentId = TestWorld.Atlas, sessionId = TestWorld.CreatorWeb }),
            "deleteSession");

        await using var read = await app.NewDbContextAsync();
        var commands = await read.Set<AgentRunCommand>().AsNoTracking().ToListAsync();
        Assert.Equal(new[] { foreground, child, grandchild, later }.Order(), commands.Select(c => c.RunId).Order());
        Assert.All(commands, command =>
        {
            Assert.Equal(TestWorld.Tenant, command.TenantId);
            Assert.Equal("cancel", command.CommandType);
            Assert.Equal("pending", command.Status);
            Assert.Equal(TestWorld.PlatformAdmin, command.ActorUserId);
            Assert.Equal($"session-delete:{TestWorld.CreatorWeb}:run:{command.RunId}", command.IdempotencyKey);
            Assert.Equal("session_deleted", System.Text.Json.JsonDocument.Parse(command.Payload).RootElement.GetProperty("reason").GetString());
        });
    }

    [Theory]
    [InlineData("CreatorGroup")]
    [InlineData("CreatorTrigger")]
    [InlineData("AtlasToBeacon")]
    [Rule("R2", "D1")]
    public async Task Only_direct_sessions_are_renamed_or_deleted(string name)
    {
        await using var app = await HeadWorld.CreateAsync();
        var session = WorldIds.Of(name);
        var admin = app.Client().As(TestWorld.PlatformAdmin);

        PayloadAssert.SessionMissing(await admin.RenameSessionAsync(new { agentId = TestWorld.Atlas, sessionId = session, title = "New" }), "renameSession", "session");
        PayloadAssert.SessionMissing(await admin.DeleteSessionAsync(new { agentId = TestWorld.Atlas, sessionId = session }), "deleteSession", "deletedSessionId");

        var row = await HeadWorld.SessionRowAsync(app, session);
        Assert.Null(row.DeletedAt);
        Assert.NotEqual("New", row.Title);
    }

    [Fact]
    [Rule("R3")]
    public async Task Rename_sets_the_title_and_updated_at()
    {
        await using var app = await HeadWorld.CreateAsync();
        var before = (await HeadWorld.SessionRowAsync(app, TestWorld.CreatorFeishu)).UpdatedAt;

        var response = await app.Client().As(TestWorld.Creator).RenameSessionAsync(new { agentId = TestWorld.Atlas, sessionId = TestWorld.CreatorFeishu, title = "Monthly" });

        Assert.Equal("Monthly", (string?)PayloadAssert.Succeeded(response, "renameSession")["session"]!["title"]);
        var row = await HeadWorld.SessionRowAsync(app, TestWorld.CreatorFeishu);
        Assert.Equal("Monthly", row.Title);
        Assert.True(row.UpdatedAt > before);
    }
}
