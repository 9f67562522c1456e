using System.Buffers.Text;
using System.Net;
using System.Text.Json.Nodes;
using Clawith.Graph.Auth;
using Clawith.Graph.Tests.Authorization;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Rest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;
using static Clawith.Graph.Tests.Rest.RestCalls;

namespace Clawith.Graph.Tests.Generations;

/// <summary>
/// Clawith 251aeba8's identity, tenant and sharing checks on the REST routes (RULES A2, A3, A5, A9): the token names the
/// user's tenant; the agent is found in that tenant and then must be the user's; a user without a tenant is refused first;
/// an agent is shared as its access_mode says.
/// </summary>
public sealed class HeadRestAccessTests
{
    public static TheoryData<RestRoute> Routes => RestRoute.Each(RestRoute.All);

    [Theory251aeba8]
    [MemberData(nameof(Routes))]
    [Rule("A3")]
    public async Task A_user_without_a_tenant_is_refused_by_every_route_before_anything_else_is_checked(RestRoute route)
    {
        await using var app = await HeadWorld.CreateWithTwoTenantsAsync();
        var tenantless = app.Client().As(HeadWorld.Tenantless);

        var onAtlas = await route.CallAsync(tenantless, Atlas, CreatorWeb);
        var onMissing = await route.CallAsync(tenantless, Missing, Guid.NewGuid());

        AssertError(onAtlas, HttpStatusCode.Forbidden, "A tenant is required for chat sessions");
        AssertError(onMissing, HttpStatusCode.Forbidden, "A tenant is required for chat sessions");
    }

    [Fact251aeba8]
    [Rule("A2")]
    public async Task A_token_names_the_users_tenant_only_when_the_user_has_one()
    {
        await using var app = await HeadWorld.CreateWithTwoTenantsAsync();

        var member = Claims(await IssueAsync(app, Creator));
        var tenantless = Claims(await IssueAsync(app, HeadWorld.Tenantless));
        var listed = await app.Client().WithToken(await IssueAsync(app, Creator)).ListAsync(Atlas);

        Assert.Equal(TestWorld.Tenant.ToString(), (string?)member["tenant_id"]);
        Assert.False(tenantless.ContainsKey("tenant_id"));
        Assert.NotEmpty(listed.Array());
    }

    [Fact251aeba8]
    [Rule("A2", "A4", "A5")]
    public async Task An_agent_is_found_in_the_tenant_the_token_names_and_refused_when_it_is_not_the_users()
    {
        await using var app = await HeadWorld.CreateWithTwoTenantsAsync();
        // Olga's token from before she moved to this tenant: it still names the other one.
        await HeadWorld.ExecuteAsync(app, "UPDATE users SET tenant_id = {0} WHERE id = {1}",
            await HeadWorld.StoredIdAsync(app, TestWorld.Tenant), await HeadWorld.StoredIdAsync(app, HeadWorld.OtherMember));
        var stale = app.Client().WithToken(TestTokens.Shaped(HeadWorld.OtherMember, (_, claims) => claims["tenant_id"] = HeadWorld.OtherTenant.ToString()));
        var fresh = app.Client().WithToken(TestTokens.Shaped(HeadWorld.OtherMember, (_, claims) => claims["tenant_id"] = TestWorld.Tenant.ToString()));

        // Drift is company-wide in the token's tenant: found there (A4), then refused as not the user's tenant's (A5).
        AssertError(await stale.ListAsync(HeadWorld.Drift), HttpStatusCode.Forbidden, "No access to this agent");
        AssertError(await stale.CreateAsync(HeadWorld.Drift, new { }), HttpStatusCode.Forbidden, "No access to this agent");
        // Harbor, company-wide in the user's tenant, is not in the token's: not found (A4).
        AssertError(await stale.ListAsync(Harbor), HttpStatusCode.NotFound, "Agent not found");
        // A token naming the user's own tenant reaches Harbor and not Drift.
        Assert.Equal(HttpStatusCode.OK, (await fresh.ListAsync(Harbor)).Status);
        AssertError(await fresh.ListAsync(HeadWorld.Drift), HttpStatusCode.NotFound, "Agent not found");
    }

    [Fact251aeba8]
    [Rule("A9")]
    public async Task An_agents_access_mode_decides_whatever_its_permission_rows_say()
    {
        await using var app = await HeadWorld.CreateAsync();
        // Harbor keeps its company row but turns private; Beacon, with no row, turns company-wide.
        await HeadWorld.ExecuteAsync(app, "UPDATE agents SET access_mode = 'private' WHERE id = {0}", await HeadWorld.StoredIdAsync(app, Harbor));
        await HeadWorld.ExecuteAsync(app, "UPDATE agents SET access_mode = 'company' WHERE id = {0}", await HeadWorld.StoredIdAsync(app, Beacon));
        var member = app.Client().As(CompanyMember);

        AssertError(await member.ListAsync(Harbor), HttpStatusCode.Forbidden, "No access to this agent");
        Assert.Equal(HttpStatusCode.OK, (await member.ListAsync(Beacon)).Status);
        // Private is its creator's alone, a platform admin's no more.
        Assert.Equal(HttpStatusCode.OK, (await app.Client().As(OrgAdmin).ListAsync(Harbor)).Status);
        AssertError(await app.Client().As(PlatformAdmin).ListAsync(Harbor), HttpStatusCode.Forbidden, "No access to this agent");
    }

    private static async Task<string> IssueAsync(ClawithAppFactory app, Guid userId)
    {
        await using var db = await app.NewDbContextAsync();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId);
        return app.Services.GetRequiredService<TokenIssuer>().Issue(user);
    }

    private static JsonObject Claims(string token) => JsonNode.Parse(Base64Url.DecodeFromChars(token.Split('.')[1]))!.AsObject();
}
