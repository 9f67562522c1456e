using System.Net;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Generations;

namespace Clawith.Graph.Tests.Users;

/// <summary>
/// A user whose stored role this server does not know (another writer's "guest", a number, another
/// spelling) has a member's rights: role answers MEMBER, roleLabel the label as stored, and every request
/// is answered (it was an empty 500 for the user, and for any admin's listing that named them).
/// On SQLite any text fits the column; on PostgreSQL the test database's enum type learns the label first.
/// </summary>
public sealed class UnknownRoleLabelTests : IAsyncLifetime
{
    private ClawithAppFactory _app = null!;

    public async Task InitializeAsync() => _app = await ClawithAppFactory.CreateAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory225b36fd(Reversals.CreatorViewsAll, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation))]
    [InlineData("guest")]
    [InlineData("0")]
    [InlineData("3")]
    [InlineData("PlatformAdmin")]
    [InlineData("PLATFORM_ADMIN")]
    [InlineData("platformadmin")]
    [InlineData(" platform_admin")]
    public async Task The_user_is_signed_in_with_a_member_s_rights_and_their_label_as_stored(string label)
    {
        await OddLabels.SetUserRoleAsync(_app, TestWorld.OrgAdmin, label);
        var client = _app.Client().As(TestWorld.OrgAdmin);

        var me = await client.PostAsync("{ me { role roleLabel } }");
        var all = await client.PostAsync($$"""{ sessions(agentId: "{{TestWorld.Harbor}}", scope: ALL) { totalCount } }""");

        Assert.Equal("MEMBER", (string?)me.ShouldSucceed().Data!["me"]!["role"]);
        Assert.Equal(label, (string?)me.Data!["me"]!["roleLabel"]);
        Assert.Equal("AUTH_NOT_AUTHORIZED", all.ErrorCode());
    }

    [Theory]
    [InlineData("platform_admin", "PLATFORM_ADMIN")]
    [InlineData("org_admin", "ORG_ADMIN")]
    [InlineData("agent_admin", "AGENT_ADMIN")]
    [InlineData("member", "MEMBER")]
    public async Task A_known_label_reads_as_its_role(string label, string role)
    {
        await OddLabels.SetUserRoleAsync(_app, TestWorld.Permitted, label);

        var me = await _app.Client().As(TestWorld.Permitted).PostAsync("{ me { role roleLabel } }");

        Assert.Equal(role, (string?)me.ShouldSucceed().Data!["me"]!["role"]);
        Assert.Equal(label, (string?)me.Data!["me"]!["roleLabel"]);
    }

    [Fact]
    public async Task The_user_s_own_requests_over_graphql_and_rest_are_answered()
    {
        await OddLabels.SetUserRoleAsync(_app, TestWorld.Creator, "guest");
        var client = _app.Client().As(TestWorld.Creator);

        var mine = await client.PostAsync($$"""{ sessions(agentId: "{{TestWorld.Atlas}}") { nodes { title user { role roleLabel } } } }""");
        var rest = await client.RestAsync(HttpMethod.Get, $"/api/agents/{TestWorld.Atlas}/sessions?scope=mine");

        Assert.NotEmpty(mine.ShouldSucceed().Data!["sessions"]!["nodes"]!.AsArray());
        Assert.All(mine.Data!["sessions"]!["nodes"]!.AsArray(), node => Assert.Equal("guest", (string?)node!["user"]!["roleLabel"]));
        Assert.Equal(HttpStatusCode.OK, rest.Status);
        Assert.NotEmpty(rest.Json.AsArray());
    }

    [Fact]
    public async Task An_admin_s_all_listing_that_names_the_user_is_answered_over_graphql_and_rest()
    {
        await OddLabels.SetUserRoleAsync(_app, TestWorld.Creator, "guest");
        var admin = _app.Client().As(TestWorld.PlatformAdmin);

        var all = await admin.PostAsync($$"""{ sessions(agentId: "{{TestWorld.Atlas}}", scope: ALL, first: 100) { nodes { id displayName user { id role roleLabel } } } }""");
        var rest = await admin.RestAsync(HttpMethod.Get, $"/api/agents/{TestWorld.Atlas}/sessions?scope=all");

        var web = all.ShouldSucceed().Data!["sessions"]!["nodes"]!.AsArray().Single(node => (string?)node!["id"] == TestWorld.CreatorWeb.ToString())!;
        Assert.Equal("Carla Creator", (string?)web["displayName"]);
        Assert.Equal("MEMBER", (string?)web["user"]!["role"]);
        Assert.Equal("guest", (string?)web["user"]!["roleLabel"]);
        Assert.Equal(HttpStatusCode.OK, rest.Status);
        Assert.Contains(rest.Json.AsArray(), session => (string?)session!["id"] == TestWorld.CreatorWeb.ToString() && (string?)session["username"] == "Carla Creator");
    }
}
