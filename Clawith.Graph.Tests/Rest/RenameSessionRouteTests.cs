using System.Net;
using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;
using static Clawith.Graph.Tests.Rest.RestCalls;
using Clawith.Graph.Tests.Generations;

namespace Clawith.Graph.Tests.Rest;

/// <summary>PATCH a session: 200 with <c>{"id", "title"}</c>, for its owner or an admin role, found only under its agent.</summary>
public sealed class RenameSessionRouteTests
{
    [Fact]
    public async Task Rename_answers_200_with_the_id_and_new_title_and_stores_it()
    {
        await using var app = await ClawithAppFactory.CreateAsync();

        var response = await app.Client().As(Creator).RenameAsync(Atlas, CreatorFeishu, new { title = "Monthly report" });

        var body = response.Object();
        Snapshot.Match(response.Snapshot);
        Assert.Equal(new[] { "id", "title" }, body.Keys());
        Assert.Equal(CreatorFeishu.ToString(), (string?)body["id"]);
        Assert.Equal("Monthly report", (string?)body["title"]);
        Assert.Equal("Monthly report", (await StoredSessions.FindAsync(app, CreatorFeishu))!.Title);
    }

    [Fact]
    public async Task Rename_accepts_a_title_of_200_characters()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var longest = new string('r', 200);

        var body = (await app.Client().As(Creator).RenameAsync(Atlas, CreatorFeishu, new { title = longest })).Object();

        Assert.Equal(longest, (string?)body["title"]);
        Assert.Equal(longest, (await StoredSessions.FindAsync(app, CreatorFeishu))!.Title);
    }

    public static TheoryData<Guid> AdminRoles => [PlatformAdmin, OrgAdmin, AgentAdmin];

    [Theory]
    [MemberData(nameof(AdminRoles))]
    public async Task An_admin_role_may_rename_someone_elses_session(Guid admin)
    {
        await using var app = await ClawithAppFactory.CreateAsync();

        var body = (await app.Client().As(admin).RenameAsync(Harbor, HarborChat, new { title = "Renamed by an admin" })).Object();

        Assert.Equal("Renamed by an admin", (string?)body["title"]);
        Assert.Equal("Renamed by an admin", (await StoredSessions.FindAsync(app, HarborChat))!.Title);
    }

    [Fact225b36fd(Reversals.CreatorViewsAll, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation))]
    public async Task A_member_may_not_rename_someone_elses_session_even_as_the_agents_creator()
    {
        await using var app = await ClawithAppFactory.CreateAsync();

        var permitted = await app.Client().As(Permitted).RenameAsync(Atlas, CreatorWeb, new { title = "Mine now" });
        var creator = await app.Client().As(Creator).RenameAsync(Atlas, PermittedTools, new { title = "Mine now" });

        AssertError(permitted, HttpStatusCode.Forbidden, "Not authorized");
        AssertError(creator, HttpStatusCode.Forbidden, "Not authorized");
        Assert.Equal("Trip planning", (await StoredSessions.FindAsync(app, CreatorWeb))!.Title);
        Assert.Equal("Tools", (await StoredSessions.FindAsync(app, PermittedTools))!.Title);
    }

    [Fact225b36fd(Reversals.AccessModes, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation))]
    public async Task Rename_of_an_unknown_session_or_one_under_another_agent_is_Session_not_found()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var client = app.Client().As(PlatformAdmin);

        var unknown = await client.RenameAsync(Atlas, Guid.Parse("c0000000-0000-4000-8000-000000000404"), new { title = "Ghost" });
        var otherAgents = await client.RenameAsync(Atlas, HarborChat, new { title = "Wrong agent" });
        var underPeer = await client.RenameAsync(Beacon, AtlasToBeacon, new { title = "Only found under Atlas" });

        AssertError(unknown, HttpStatusCode.NotFound, "Session not found");
        AssertError(otherAgents, HttpStatusCode.NotFound, "Session not found");
        AssertError(underPeer, HttpStatusCode.NotFound, "Session not found");
        Assert.Equal("Harbor hello", (await StoredSessions.FindAsync(app, HarborChat))!.Title);
        Assert.Equal("Atlas asks Beacon", (await StoredSessions.FindAsync(app, AtlasToBeacon))!.Title);
    }
}
