using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;
using Clawith.Graph.Tests.Generations;

namespace Clawith.Graph.Tests.Authorization;

/// <summary>A refusal nulls only the field it guards; the rest of the request keeps its data.</summary>
public sealed class DenialScopeTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Fact]
    public async Task A_refused_field_is_null_with_its_error_at_its_path_while_me_keeps_its_data()
    {
        var response = await app.Client().As(TestWorld.Stranger).PostAsync($$"""
            { me { displayName } agent(id: "{{TestWorld.Atlas}}") { name } }
            """);

        Assert.Equal("Sam Stranger", (string?)response.Data!["me"]!["displayName"]);
        Assert.Null(response.Data["agent"]);
        var error = Assert.Single(response.Errors);
        Assert.Equal(["agent"], error!["path"]!.AsArray().Select(p => (string?)p));
        Assert.Equal("No access to this agent", response.ErrorMessage());
        Snapshot.Match(response.Snapshot);
    }

    [Fact225b36fd(Reversals.CreatorViewsAll, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation))]
    public async Task A_refused_nested_field_nulls_its_nearest_nullable_parent_and_nothing_else()
    {
        var response = await app.Client().As(TestWorld.Creator).PostAsync($$"""
            {
              me { displayName }
              agent(id: "{{TestWorld.Atlas}}") { name sessions(scope: ALL) { totalCount } }
              harbor: agent(id: "{{TestWorld.Harbor}}") { name }
            }
            """);

        Assert.Equal("Carla Creator", (string?)response.Data!["me"]!["displayName"]);
        Assert.Null(response.Data["agent"]); // Agent.sessions is non-null: its null reaches the agent
        Assert.Equal("Harbor", (string?)response.Data["harbor"]!["name"]);
        var error = Assert.Single(response.Errors);
        Assert.Equal(["agent", "sessions"], error!["path"]!.AsArray().Select(p => (string?)p));
        Assert.Equal("AUTH_NOT_AUTHORIZED", response.ErrorCode());
        Assert.Equal("Not authorized to view all sessions", response.ErrorMessage());
        Snapshot.Match(response.Snapshot);
    }

    [Fact]
    public async Task Without_a_token_every_data_field_is_refused_but_typename_still_answers()
    {
        var response = await app.Client().PostAsync($$"""
            { __typename me { id } agent(id: "{{TestWorld.Harbor}}") { name } }
            """);

        Assert.Equal("Query", (string?)response.Data!["__typename"]);
        Assert.Null(response.Data["me"]);
        Assert.Null(response.Data["agent"]);
        Assert.Equal(["agent: AUTH_NOT_AUTHENTICATED", "me: AUTH_NOT_AUTHENTICATED"],
            response.Errors.Select(e => $"{e!["path"]![0]}: {e["extensions"]!["code"]}").OrderBy(e => e, StringComparer.Ordinal));
    }
}
