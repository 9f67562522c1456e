using System.Net;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Server;

namespace Clawith.Graph.Tests.Fuzz;

/// <summary>What the fuzz test found, kept as plain tests so each stays fixed.</summary>
public sealed class FuzzFindingsTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Theory]
    [InlineData("""{"query": "query($id: UUID!) { agent(id: $id) { name } }", "variables": {"id": 1, "id": 2}}""")]
    [InlineData("""{"query": "{ me { id } }", "extensions": {"a": {"b": 1, "b": 1}}}""")]
    public async Task A_json_key_given_twice_is_a_400_not_a_500(string body)
    {
        var response = await app.Client().As(TestWorld.Creator).PostRawAsync(body);

        response.ShouldBeRefused(HttpStatusCode.BadRequest, "not a valid GraphQL request in JSON");
    }

    [Fact]
    public async Task A_get_with_a_key_given_twice_in_its_variables_is_a_400_not_a_500()
    {
        var response = await app.Client().As(TestWorld.Creator).GetAsync(
            HttpTransport.GetUrl("query($id: UUID!) { agent(id: $id) { name } }", variables: """{"id": 1, "id": 2}"""));

        response.ShouldBeRefused(HttpStatusCode.BadRequest, "not a JSON object");
    }

    /// <param name="title">A GraphQL string literal's contents: its escapes are the parser's to decode.</param>
    [Theory]
    [InlineData(@"Nul \u0000 inside")]
    [InlineData(@"Half a pair \ud83d here")]
    public async Task A_title_postgresql_cannot_store_is_a_validation_error_not_a_500(string title)
    {
        var response = await app.Client().As(TestWorld.Creator).PostAsync(
            $$"""mutation { createSession(input: {agentId: "{{TestWorld.Atlas}}", title: "{{title}}"}) { session { id } errors { ... on ValidationError { field message } } } }""");

        var error = response.ShouldSucceed().Data!["createSession"]!["errors"]![0]!;
        Assert.Equal("title", (string?)error["field"]);
        Assert.Equal("The title must not contain NUL characters or unpaired surrogates.", (string?)error["message"]);
    }

    [Fact]
    public async Task A_rest_title_with_a_nul_is_a_422_not_a_500()
    {
        var response = await app.Client().As(TestWorld.Creator).RestAsync(HttpMethod.Post, $"/api/agents/{TestWorld.Atlas}/sessions", new { title = "Nul \0 inside" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        Assert.Equal("The title must not contain NUL characters or unpaired surrogates.", (string?)response.Json["detail"]);
    }
}
