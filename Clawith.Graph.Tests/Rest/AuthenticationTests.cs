using Clawith.Graph.Auth;
using Clawith.Graph.Rest;
using Clawith.Graph.Tests.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Clawith.Graph.Tests.Infrastructure;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;
using static Clawith.Graph.Tests.Rest.RestCalls;

namespace Clawith.Graph.Tests.Rest;

/// <summary>Every route answers 401 <c>{"detail"}</c> with a Bearer challenge to a caller without a valid token, and changes nothing.</summary>
public sealed class AuthenticationTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    public static TheoryData<RestRoute, string> RoutesAndCallers()
    {
        var data = new TheoryData<RestRoute, string>();
        foreach (var route in RestRoute.All)
            foreach (var caller in new[] { "no token", "malformed", "forged", "expired", "inactive", "deleted" })
                data.Add(route, caller);
        return data;
    }

    [Theory]
    [MemberData(nameof(RoutesAndCallers))]
    public async Task A_caller_without_a_valid_token_is_refused_with_401(RestRoute route, string caller)
    {
        var sessionsBefore = await StoredSessions.CountAsync(app);

        var response = await route.CallAsync(Client(caller), Atlas, CreatorFeishu);

        AssertNotAuthenticated(response);
        Assert.Equal(sessionsBefore, await StoredSessions.CountAsync(app));
        Assert.Equal("Weekly report", (await StoredSessions.FindAsync(app, CreatorFeishu))!.Title);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Authentication_comes_before_the_ids_are_checked(RestRoute route)
    {
        var response = await route.CallAsync(app.Client(), "not-a-uuid", "also-not-a-uuid");

        AssertNotAuthenticated(response);
    }

    public static TheoryData<RestRoute> Routes => RestRoute.Each(RestRoute.All);

    /// <summary>
    /// Fail closed: every endpoint under the REST prefix is authorized by the group, so a handler that
    /// forgets its own check is still not anonymous. A route mapped outside the group fails this test.
    /// </summary>
    [Fact]
    public void Every_REST_endpoint_requires_an_authenticated_caller_before_its_handler_runs()
    {
        var restEndpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText?.StartsWith(RestEndpoints.Prefix, StringComparison.Ordinal) == true)
            .ToList();

        Assert.Equal(RestRoute.All.Length, restEndpoints.Count);
        Assert.All(restEndpoints, endpoint => Assert.Contains(
            endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), data => data.Policy == Policies.Authenticated));
    }

    private GraphClient Client(string caller) => caller switch
    {
        "no token" => app.Client(),
        "malformed" => app.Client().WithToken("not-a-jwt"),
        "forged" => app.Client().WithToken(TestTokens.Signed(PlatformAdmin, "platform_admin", key: TestTokens.OtherKey)),
        "expired" => app.Client().WithToken(app.TokenFor(PlatformAdmin, TimeSpan.FromMinutes(-5))),
        "inactive" => app.Client().As(Inactive),
        "deleted" => app.Client().As(Ghost),
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, null),
    };
}
