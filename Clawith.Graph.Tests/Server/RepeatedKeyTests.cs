using System.Net;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Server;

/// <summary>
/// A request that names a key twice is refused with 400, never resolved by keeping one of them: a proxy
/// reading the first "query" would let through a request that runs the second.
/// </summary>
public sealed class RepeatedKeyTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private static readonly string CreateSession = $$"""mutation { createSession(input: { agentId: \"{{TestWorld.Atlas}}\" }) { session { id } } }""";

    [Fact]
    public async Task A_query_given_twice_is_400_and_runs_neither_the_query_nor_the_mutation()
    {
        var before = await StoredSessions.CountAsync(app);

        var response = await app.Client().As(TestWorld.Creator).PostRawAsync($$"""{"query": "{ me { id } }", "query": "{{CreateSession}}"}""");

        response.ShouldBeRefused(HttpStatusCode.BadRequest, "The request body gives \"query\" more than once");
        Assert.Equal(before, await StoredSessions.CountAsync(app));
    }

    [Theory]
    [InlineData("""{"query": "query A { me { id } } query B { __typename }", "operationName": "A", "operationName": "B"}""", "operationName")]
    [InlineData("""{"query": "{ me { id } }", "variables": {}, "variables": {"x": 1}}""", "variables")]
    [InlineData("""{"query": "{ me { id } }", "extensions": {}, "extensions": {}}""", "extensions")]
    [InlineData("""{"query": "{ me { id } }", "qu\u0065ry": "{ __typename }"}""", "query")]
    [InlineData("""{"query": "{ me { id } }", "unknown": 1, "unknown": 2}""", "unknown")]
    public async Task Any_top_level_key_given_twice_is_400_naming_it(string body, string key)
    {
        var response = await app.Client().As(TestWorld.Creator).PostRawAsync(body);

        response.ShouldBeRefused(HttpStatusCode.BadRequest, $"\"{key}\" more than once");
    }

    [Fact]
    public async Task A_key_given_once_at_the_top_and_again_inside_variables_is_fine()
    {
        var response = await app.Client().As(TestWorld.Creator)
            .PostRawAsync($$$"""{"query": "query($query: UUID!) { agent(id: $query) { id } }", "variables": {"query": "{{{TestWorld.Atlas}}}"}}""");

        Assert.Equal(TestWorld.Atlas.ToString(), (string?)response.ShouldSucceed().Data!["agent"]!["id"]);
    }

    [Theory]
    [InlineData("query")]
    [InlineData("operationName")]
    [InlineData("variables")]
    public async Task A_get_parameter_given_twice_is_400_naming_it(string parameter)
    {
        var response = await app.Client().As(TestWorld.Creator)
            .GetAsync($"/graphql?query={Uri.EscapeDataString("{ me { id } }")}&{parameter}=%7B%7D&{parameter}=%7B%7D", accept: HttpTransport.GraphQLResponse);

        response.ShouldBeRefused(HttpStatusCode.BadRequest, $"gives {parameter} more than once");
    }
}
