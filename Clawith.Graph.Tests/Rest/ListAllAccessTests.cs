using System.Net;
using Clawith.Graph.Tests.Infrastructure;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;
using static Clawith.Graph.Tests.Rest.RestCalls;
using Clawith.Graph.Tests.Generations;

namespace Clawith.Graph.Tests.Rest;

/// <summary>Who may list ALL: the three admin roles, on an agent they can reach.</summary>
public sealed class ListAllAccessTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    public static TheoryData<Guid> AdminRoles => [PlatformAdmin, OrgAdmin, AgentAdmin];

    [Theory]
    [MemberData(nameof(AdminRoles))]
    public async Task All_is_open_to_each_admin_role_on_an_agent_it_can_reach(Guid admin)
    {
        var sessions = (await app.Client().As(admin).ListAsync(Harbor, "all")).Array();

        Assert.Equal(new[] { HarborChat }, sessions.Ids());
        Assert.Equal("Cora Company", (string?)sessions[0]!["username"]);
    }

    public static TheoryData<Guid> Members => [Creator, Permitted];

    [Theory225b36fd(Reversals.CreatorViewsAll, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation))]
    [MemberData(nameof(Members))]
    public async Task All_is_refused_to_a_member_even_the_agents_creator(Guid member)
    {
        var response = await app.Client().As(member).ListAsync(Atlas, "all");

        AssertError(response, HttpStatusCode.Forbidden, "Not authorized to view all sessions");
    }

    [Fact225b36fd(Reversals.AccessModes, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation))]
    public async Task All_checks_agent_access_before_the_scope()
    {
        var response = await app.Client().As(OrgAdmin).ListAsync(Atlas, "all");

        AssertError(response, HttpStatusCode.Forbidden, "No access to this agent");
    }
}
