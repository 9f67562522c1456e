using Clawith.Graph.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;
using Clawith.Graph.Tests.Generations;

namespace Clawith.Graph.Tests.Authorization;

/// <summary>ARCHITECTURE §5: role decisions use the role stored in the database, not the token's role claim.</summary>
public sealed class RoleFromDatabaseTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private static readonly string AdminPowers = $$"""
        {
          me { displayName role }
          beacon: agent(id: "{{TestWorld.Beacon}}") { name }
          all: sessions(agentId: "{{TestWorld.Harbor}}", scope: ALL) { totalCount }
          othersSession: session(agentId: "{{TestWorld.Harbor}}", id: "{{TestWorld.HarborChat}}") { title }
        }
        """;

    [Fact]
    public async Task A_member_whose_token_claims_platform_admin_gets_no_admin_powers()
    {
        var token = TestTokens.Signed(TestWorld.Stranger, "platform_admin");

        var response = await app.Client().WithToken(token).PostAsync(AdminPowers);

        Assert.Equal("MEMBER", (string?)response.Data!["me"]!["role"]);
        Assert.Equal(
            [
                "all: AUTH_NOT_AUTHORIZED Not authorized to view all sessions",
                "beacon: AUTH_NOT_AUTHORIZED No access to this agent",
                "othersSession: AUTH_NOT_AUTHORIZED Not authorized to view this session",
            ],
            response.Errors.Select(e => $"{e!["path"]![0]}: {e["extensions"]!["code"]} {e["message"]}").OrderBy(e => e, StringComparer.Ordinal));
        Snapshot.Match(WithErrorsInPathOrder(response));
    }

    [Fact225b36fd(Reversals.AccessModes, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation))]
    public async Task A_platform_admin_whose_token_claims_member_keeps_the_admin_role_of_the_database()
    {
        var token = TestTokens.Signed(TestWorld.PlatformAdmin, "member");

        var response = await app.Client().WithToken(token).PostAsync(AdminPowers);

        response.ShouldSucceed();
        Assert.Equal("PLATFORM_ADMIN", (string?)response.Data!["me"]!["role"]);
        Assert.Equal("Beacon", (string?)response.Data["beacon"]!["name"]);
        Assert.Equal(1, (int?)response.Data["all"]!["totalCount"]);
        Assert.Equal("Harbor hello", (string?)response.Data["othersSession"]!["title"]);
    }

    /// <summary>Sibling fields resolve concurrently, so their errors may come in any order: sort them for the snapshot.</summary>
    private static JToken WithErrorsInPathOrder(GraphResponse response)
    {
        var json = response.Snapshot;
        json["errors"] = new JArray(json["errors"]!.OrderBy(e => string.Join('.', e["path"]!), StringComparer.Ordinal));
        return json;
    }
}
