using System.Net;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Snapshooter.Xunit;
using static Clawith.Graph.Tests.Server.HttpTransport;

namespace Clawith.Graph.Tests.Server;

/// <summary>GET /graphql runs queries from the query string, and never a mutation.</summary>
public sealed class GetRequestTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private const string TwoOperations = """
        query AgentByVariable($id: UUID!) { agent(id: $id) { id name creator { username } } }
        query Me { me { username } }
        """;

    [Fact]
    public async Task Get_runs_a_query_from_the_query_string()
    {
        var response = await app.Client().As(TestWorld.Permitted).GetAsync(GetUrl("{ me { id username } }"));

        Assert.Equal("application/json; charset=utf-8", response.ContentType);
        Assert.Equal("pete", (string?)response.ShouldSucceed().Data!["me"]!["username"]);
    }

    [Fact]
    public async Task Get_takes_variables_as_json_and_the_operation_name_as_text()
    {
        var response = await app.Client().As(TestWorld.Creator)
            .GetAsync(GetUrl(TwoOperations, $$"""{"id": "{{TestWorld.Atlas}}"}""", "AgentByVariable"), GraphQLResponse);

        Assert.Equal(GraphQLResponse, response.MediaType());
        Assert.Equal("Atlas", (string?)response.ShouldSucceed().Data!["agent"]!["name"]);
        Snapshot.Match(response.Snapshot);
    }

    [Fact]
    public async Task Get_runs_the_operation_the_name_chooses()
    {
        var response = await app.Client().As(TestWorld.Creator).GetAsync(GetUrl(TwoOperations, operationName: "Me"));

        Assert.Equal("""{"data":{"me":{"username":"carla"}}}""", response.ShouldSucceed().Body);
    }

    [Fact]
    public async Task Get_with_variables_that_are_not_json_is_400()
    {
        var response = await app.Client().As(TestWorld.Creator)
            .GetAsync(GetUrl(TwoOperations, "{id: nope", "AgentByVariable"));

        response.ShouldBeRefused(HttpStatusCode.BadRequest, "variables");
    }

    [Fact]
    public async Task Get_without_a_query_is_400()
    {
        var response = await app.Client().As(TestWorld.Creator).GetAsync("/graphql?operationName=Me");

        response.ShouldBeRefused(HttpStatusCode.BadRequest, "no query");
    }

    [Fact]
    public async Task A_mutation_over_get_is_405_with_allow_post_and_changes_nothing()
    {
        await using var fresh = await ClawithAppFactory.CreateAsync();
        var mutation = $$"""
            mutation { deleteSession(input: { agentId: "{{TestWorld.Atlas}}", sessionId: "{{TestWorld.CreatorWeb}}" }) { deletedSessionId } }
            """;

        var response = await fresh.Client().As(TestWorld.Creator).SendAsync(HttpMethod.Get, GetUrl(mutation));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Contains("POST", response.ContentHeaders.Allow);
        Assert.False(response.Json.AsObject().ContainsKey("data"));
        // The rule is reported by its own code; the spec-section "number" GraphQL.NET adds is not part of it.
        Snapshot.Match(response.Snapshot, o => o.IgnoreField("errors[0].extensions.number"));
        await using var db = await fresh.NewDbContextAsync();
        Assert.True(await db.ChatSessions.AnyAsync(s => s.Id == TestWorld.CreatorWeb));
        Assert.Equal(2, await db.ChatMessages.CountAsync(m => m.ConversationId == TestWorld.CreatorWeb.ToString()));
    }

    [Fact]
    public async Task A_mutation_over_get_is_405_under_graphql_response_json_too()
    {
        var mutation = LiveOperations.CreateSession(TestWorld.Atlas);

        var response = await app.Client().As(TestWorld.Creator).SendAsync(HttpMethod.Get, GetUrl(mutation), GraphQLResponse);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Contains("POST", response.ContentHeaders.Allow);
    }
}
