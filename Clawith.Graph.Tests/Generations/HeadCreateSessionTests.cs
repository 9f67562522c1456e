using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Sessions.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Generations;

/// <summary>createSession on Clawith 251aeba8's schema: RULES C1–C5, P1, P6.</summary>
public sealed class HeadCreateSessionTests
{
    private const string Mutation = "createSession";

    [Fact]
    [Rule("C2", "C4", "C5", "§8")]
    public async Task Create_writes_the_tenant_the_direct_type_and_the_owners_participant_and_the_first_session_is_primary()
    {
        await using var app = await HeadWorld.CreateAsync();
        var client = app.Client().As(TestWorld.Stranger);

        var first = Id(await client.CreateSessionAsync(new { agentId = TestWorld.Harbor, title = "First" }));
        var second = Id(await client.CreateSessionAsync(new { agentId = TestWorld.Harbor, title = "Second" }));

        var row = await HeadWorld.SessionRowAsync(app, first);
        Assert.Equal(TestWorld.Tenant, row.TenantId);
        Assert.Equal(SessionTypes.Direct, row.SessionType);
        Assert.Equal("web", row.SourceChannel);
        Assert.False(row.IsGroup);
        Assert.Null(row.GroupId);
        Assert.Null(row.DeletedAt);
        Assert.Null(row.LastReadAtByUser);
        Assert.Equal(row.CreatedAt, row.UpdatedAt);
        Assert.True(row.IsPrimary);
        // A second session never demotes the primary (C4, P6).
        Assert.False((await HeadWorld.SessionRowAsync(app, second)).IsPrimary);
        Assert.True((await HeadWorld.SessionRowAsync(app, first)).IsPrimary);

        await using var db = await app.NewDbContextAsync();
        var participant = await db.Participants.AsNoTracking().SingleAsync(p => p.Type == "user" && p.RefId == TestWorld.Stranger);
        Assert.Equal("Sam Stranger", participant.DisplayName);
        Assert.Equal(participant.Id, row.CreatedByParticipantId);
        Assert.Equal(participant.Id, (await HeadWorld.SessionRowAsync(app, second)).CreatedByParticipantId);
    }

    [Fact]
    [Rule("C4", "§8")]
    public async Task With_direct_sessions_but_no_primary_the_best_existing_one_is_promoted_and_the_new_one_is_not()
    {
        await using var app = await HeadWorld.CreateAsync();

        var created = Id(await app.Client().As(TestWorld.Creator).CreateSessionAsync(new { agentId = TestWorld.Atlas }));

        // The creator's active direct sessions of Atlas in listing order (L4): CreatorWeb's last message, at 10:01,
        // is the latest of them (the group and trigger sessions, later ones included, are not direct).
        Assert.False((await HeadWorld.SessionRowAsync(app, created)).IsPrimary);
        await using var db = await app.NewDbContextAsync();
        var primaries = await db.ChatSessions.AsNoTracking().Where(s => s.IsPrimary).Select(s => s.Id).ToListAsync();
        Assert.Equal([TestWorld.CreatorWeb], primaries);
    }

    [Fact]
    [Rule("C2")]
    public async Task The_participant_of_an_existing_user_is_reused_and_brought_up_to_date()
    {
        await using var app = await HeadWorld.CreateAsync();

        var created = Id(await app.Client().As(TestWorld.Creator).CreateSessionAsync(new { agentId = TestWorld.Atlas }));

        await using var db = await app.NewDbContextAsync();
        var participant = await db.Participants.AsNoTracking().SingleAsync(p => p.Type == "user" && p.RefId == TestWorld.Creator);
        Assert.Equal(TestWorld.CreatorSpeaker, participant.Id);
        Assert.Equal(TestWorld.CreatorSpeaker, (await HeadWorld.SessionRowAsync(app, created)).CreatedByParticipantId);
    }

    [PostgresFact]
    [Rule("C3", "§8")]
    public async Task Concurrent_first_sessions_of_one_user_elect_exactly_one_primary_under_the_advisory_lock()
    {
        await using var app = await HeadWorld.CreateAsync();

        var creates = Enumerable.Range(0, 6).Select(_ => app.Client().As(TestWorld.Stranger).CreateSessionAsync(new { agentId = TestWorld.Harbor }));
        var ids = (await Task.WhenAll(creates)).Select(Id).ToList();

        await using var db = await app.NewDbContextAsync();
        var primaries = await db.ChatSessions.AsNoTracking().Where(s => ids.Contains(s.Id) && s.IsPrimary).CountAsync();
        Assert.Equal(1, primaries);
    }

    private static Guid Id(GraphResponse response) =>
        Guid.Parse((string)PayloadAssert.Succeeded(response, Mutation)["session"]!["id"]!);
}
