using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Server;

/// <summary>
/// A variable declared nullable and sent as null where a value is required (an argument with a default,
/// <c>scope: SessionScope! = MINE</c>) is refused, as the spec says, with words that fit: the variable is
/// not non-null, and leaving it out is what gets its default.
/// </summary>
public sealed class NullVariableWordingTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Fact]
    public async Task A_null_scope_for_a_nullable_variable_with_a_default_is_told_to_leave_it_out()
    {
        const string query = "query($agent: UUID!, $scope: SessionScope = MINE) { sessions(agentId: $agent, scope: $scope) { totalCount } }";

        var response = await app.Client().As(TestWorld.Creator).PostAsync(query, new { agent = TestWorld.Atlas, scope = (string?)null });

        Assert.Equal(
            "Variable '$scope' is null, but it is used where a value is required. Leave 'scope' out of the variables to use its default (MINE), " +
            "or give it a value: a default applies only to a variable that is left out.",
            response.ErrorMessage());
        Assert.Equal("INVALID_VALUE", response.ErrorCode());
        Assert.Equal(1, (int?)response.Errors[0]!["locations"]![0]!["line"]);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task A_null_for_a_nullable_variable_without_a_default_points_at_the_argument_s_default()
    {
        const string query = "query($agent: UUID!, $scope: SessionScope) { sessions(agentId: $agent, scope: $scope) { totalCount } }";

        var response = await app.Client().As(TestWorld.Creator).PostAsync(query, new { agent = TestWorld.Atlas, scope = (string?)null });

        Assert.Equal(
            "Variable '$scope' is null, but it is used where a value is required. Leave 'scope' out of the variables to use the default of the place it is used in, " +
            "or give it a value: a default applies only to a variable that is left out.",
            response.ErrorMessage());
    }

    [Fact]
    public async Task A_null_for_a_variable_declared_non_null_keeps_graphql_dotnet_s_words_which_fit()
    {
        const string query = "query($agent: UUID!) { agent(id: $agent) { name } }";

        var response = await app.Client().As(TestWorld.Creator).PostAsync(query, new { agent = (string?)null });

        Assert.Equal("Variable '$agent' is invalid. Received a null input for a non-null variable.", response.ErrorMessage());
    }

    [Fact]
    public async Task Leaving_the_variable_out_uses_its_default()
    {
        const string query = "query($agent: UUID!, $scope: SessionScope = MINE) { sessions(agentId: $agent, scope: $scope) { totalCount } }";

        var response = await app.Client().As(TestWorld.Creator).PostAsync(query, new { agent = TestWorld.Atlas });

        Assert.NotNull(response.ShouldSucceed().Data!["sessions"]!["totalCount"]);
    }
}
