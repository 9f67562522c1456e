using System.Net;
using Clawith.Graph.Tests.Generations;
using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;
using static Clawith.Graph.Tests.Rest.RestCalls;

namespace Clawith.Graph.Tests.Rest;

/// <summary>The routes' refusals in Clawith's REST module's order — well-formed ids, the agent, access to it — as FastAPI's <c>{"detail"}</c>.</summary>
public sealed class RouteErrorTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    public static TheoryData<RestRoute> Routes => RestRoute.Each(RestRoute.All);
    public static TheoryData<RestRoute> SessionRoutes => RestRoute.Each(RestRoute.WithSession);

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_malformed_agent_id_is_422_before_the_agent_is_looked_up(RestRoute route)
    {
        var response = await route.CallAsync(app.Client().As(PlatformAdmin), "not-a-uuid", CreatorWeb.ToString());

        Assert.Contains("agent_id", AssertUnprocessable(response));
    }

    [Theory]
    [MemberData(nameof(SessionRoutes))]
    public async Task A_malformed_session_id_is_422_before_the_agent_is_looked_up(RestRoute route)
    {
        var response = await route.CallAsync(app.Client().As(PlatformAdmin), Missing.ToString(), "12345");

        Assert.Contains("session_id", AssertUnprocessable(response));
    }

    [Fact]
    public async Task A_malformed_id_answers_a_detail_string_naming_the_parameter()
    {
        var response = await app.Client().As(PlatformAdmin).RestAsync(HttpMethod.Get, "/api/agents/not-a-uuid/sessions");

        AssertUnprocessable(response);
        Snapshot.Match(response.Snapshot);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task An_unknown_agent_is_404_Agent_not_found(RestRoute route)
    {
        var response = await route.CallAsync(app.Client().As(PlatformAdmin), Missing, CreatorWeb);

        AssertError(response, HttpStatusCode.NotFound, "Agent not found");
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_caller_without_access_to_the_agent_is_403_even_for_an_unknown_session(RestRoute route)
    {
        var known = await route.CallAsync(app.Client().As(Stranger), Atlas, CreatorWeb);
        var unknown = await route.CallAsync(app.Client().As(Stranger), Atlas, Guid.Parse("c0000000-0000-4000-8000-000000000404"));

        AssertError(known, HttpStatusCode.Forbidden, "No access to this agent");
        AssertError(unknown, HttpStatusCode.Forbidden, "No access to this agent");
        Assert.Equal("Trip planning", (await StoredSessions.FindAsync(app, CreatorWeb))!.Title);
    }

    [Fact]
    public async Task A_refusal_matches_its_snapshot()
    {
        var response = await app.Client().As(Stranger).ListAsync(Atlas);

        AssertError(response, HttpStatusCode.Forbidden, "No access to this agent");
        Snapshot.Match(response.Snapshot);
    }

    [Fact225b36fd("251aeba8 checks access to the agent before the scope, and refuses a bad scope with a 400 (L1)",
        typeof(HeadRestListingTests), nameof(HeadRestListingTests.A_scope_other_than_mine_or_all_is_a_400_once_the_caller_may_use_the_agent))]
    public async Task A_scope_other_than_mine_or_all_is_422()
    {
        var response = await app.Client().As(PlatformAdmin).ListAsync(Atlas, "bogus");

        Assert.Contains("scope", AssertUnprocessable(response));
    }

    [Fact]
    public async Task The_department_row_for_stranger_grants_no_access()
    {
        var response = await app.Client().As(Stranger).CreateAsync(Atlas, new { title = "Through the department" });

        AssertError(response, HttpStatusCode.Forbidden, "No access to this agent");
    }
}
