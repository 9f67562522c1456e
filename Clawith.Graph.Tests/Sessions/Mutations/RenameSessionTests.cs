using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;
using Clawith.Graph.Tests.Generations;

namespace Clawith.Graph.Tests.Sessions.Mutations;

/// <summary>renameSession: a new trimmed title for a session found under its own agent.</summary>
public sealed class RenameSessionTests
{
    private const string Mutation = "renameSession";

    public static TheoryData<string, string> InvalidTitles => new()
    {
        { "", PayloadAssert.EmptyTitle },
        { "   ", PayloadAssert.EmptyTitle },
        { new string('x', 201), PayloadAssert.TooLongTitle },
    };

    [Fact]
    public async Task The_owner_renames_a_session_with_a_trimmed_title()
    {
        await using var app = await ClawithAppFactory.CreateAsync();

        var response = await app.Client().As(TestWorld.Creator).RenameSessionAsync(
            new { agentId = TestWorld.Atlas, sessionId = TestWorld.CreatorWeb, title = "  Lisbon weekend  " });

        var session = PayloadAssert.Succeeded(response, Mutation)["session"]!;
        Assert.Equal(TestWorld.CreatorWeb.ToString(), (string?)session["id"]);
        Assert.Equal("Lisbon weekend", (string?)session["title"]);
        Assert.Equal("2026-01-01T01:00:00.000000+00:00", (string?)session["createdAt"]); // the wire format; the snapshot re-prints dates
        Assert.Equal("Lisbon weekend", await StoredSessions.TitleAsync(app, TestWorld.CreatorWeb));
        Snapshot.Match(response.Snapshot);
    }

    [Fact]
    public async Task Renaming_changes_only_the_title_of_the_row()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var before = await StoredSessions.FindAsync(app, TestWorld.CreatorWeb);

        var response = await app.Client().As(TestWorld.Creator).RenameSessionAsync(
            new { agentId = TestWorld.Atlas, sessionId = TestWorld.CreatorWeb, title = "Lisbon weekend" });

        PayloadAssert.Succeeded(response, Mutation);
        var after = await StoredSessions.FindAsync(app, TestWorld.CreatorWeb);
        Assert.Equivalent(new { before!.Id, before.AgentId, before.UserId, Title = "Lisbon weekend", before.SourceChannel, before.CreatedAt, before.LastMessageAt },
            new { after!.Id, after.AgentId, after.UserId, after.Title, after.SourceChannel, after.CreatedAt, after.LastMessageAt }, strict: true);
        Assert.Equal(2, await StoredSessions.MessageCountAsync(app, TestWorld.CreatorWeb));
    }

    [Fact]
    public async Task A_platform_admin_renames_another_users_session()
    {
        await using var app = await ClawithAppFactory.CreateAsync();

        var response = await app.Client().As(TestWorld.PlatformAdmin).RenameSessionAsync(
            new { agentId = TestWorld.Atlas, sessionId = TestWorld.PermittedTools, title = "Renamed by root" });

        var session = PayloadAssert.Succeeded(response, Mutation)["session"]!;
        Assert.Equal("Renamed by root", (string?)session["title"]);
        Assert.Equal(TestWorld.Permitted.ToString(), (string?)session["user"]!["id"]);
        var row = await StoredSessions.FindAsync(app, TestWorld.PermittedTools);
        Assert.Equal("Renamed by root", row!.Title);
        Assert.Equal(TestWorld.Permitted, row.UserId);
    }

    [Theory]
    [MemberData(nameof(InvalidTitles))]
    public async Task Rename_refuses_a_blank_or_too_long_title_and_keeps_the_old_one(string title, string message)
    {
        await using var app = await ClawithAppFactory.CreateAsync();

        var response = await app.Client().As(TestWorld.Creator).RenameSessionAsync(
            new { agentId = TestWorld.Atlas, sessionId = TestWorld.CreatorWeb, title });

        PayloadAssert.InvalidTitle(response, Mutation, message);
        Assert.Equal("Trip planning", await StoredSessions.TitleAsync(app, TestWorld.CreatorWeb));
    }

    [Fact225b36fd(Reversals.AccessModes, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation))]
    public async Task Rename_does_not_find_an_agent_to_agent_session_under_its_peer()
    {
        await using var app = await ClawithAppFactory.CreateAsync();

        var response = await app.Client().As(TestWorld.PlatformAdmin).RenameSessionAsync(
            new { agentId = TestWorld.Beacon, sessionId = TestWorld.AtlasToBeacon, title = "Hijacked" });

        PayloadAssert.SessionMissing(response, Mutation, "session");
        Assert.Equal("Atlas asks Beacon", await StoredSessions.TitleAsync(app, TestWorld.AtlasToBeacon));
        Snapshot.Match(response.Snapshot);
    }
}
