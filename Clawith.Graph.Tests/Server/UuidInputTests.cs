using System.Net;
using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;
using static Clawith.Graph.Tests.Server.HttpTransport;

namespace Clawith.Graph.Tests.Server;

/// <summary>A malformed UUID is the client's mistake: INVALID_INPUT naming the value, never a server error.</summary>
public sealed class UuidInputTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Fact]
    public async Task A_malformed_uuid_literal_is_invalid_input_naming_the_value()
    {
        var response = await app.Client().As(TestWorld.Creator).PostAsync("""{ agent(id: "nope") { name } }""");

        Assert.Equal("INVALID_INPUT", response.ErrorCode());
        Assert.Contains("\"nope\"", response.ErrorMessage());
        Assert.Null(response.Data);
        response.ShouldNotLeakInternals();
        Snapshot.Match(response.Snapshot);
    }

    [Fact]
    public async Task A_malformed_uuid_variable_is_invalid_input_naming_the_value()
    {
        var response = await app.Client().As(TestWorld.Creator)
            .PostAsync("query($id: UUID!) { agent(id: $id) { name } }", new { id = "a0000000-0000-4000-8000-00000000000" });

        Assert.Equal("INVALID_INPUT", response.ErrorCode());
        Assert.Contains("'a0000000-0000-4000-8000-00000000000'", response.ErrorMessage());
        Assert.Null(response.Data);
        response.ShouldNotLeakInternals();
        Snapshot.Match(response.Snapshot);
    }

    [Fact]
    public async Task A_malformed_uuid_in_a_mutation_input_variable_is_invalid_input()
    {
        var response = await app.Client().As(TestWorld.Creator).PostAsync(
            "mutation($input: DeleteSessionInput!) { deleteSession(input: $input) { deletedSessionId } }",
            new { input = new { agentId = TestWorld.Atlas, sessionId = "c0000000-XXXX" } });

        Assert.Equal("INVALID_INPUT", response.ErrorCode());
        Assert.Contains("'c0000000-XXXX'", response.ErrorMessage());
        response.ShouldNotLeakInternals();
    }

    [Fact]
    public async Task A_malformed_uuid_under_graphql_response_json_is_400()
    {
        var response = await app.Client().As(TestWorld.Creator)
            .PostRawAsync("""{"query": "{ agent(id: \"nope\") { name } }"}""", accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_INPUT", response.ErrorCode());
    }
}
