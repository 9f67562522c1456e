using System.Net;
using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;
using static Clawith.Graph.Tests.Server.HttpTransport;

namespace Clawith.Graph.Tests.Server;

/// <summary>A request that cannot be run is refused with a 400 and a clear INVALID_INPUT error, whatever the client accepts.</summary>
public sealed class BadRequestTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Fact]
    public async Task A_malformed_json_body_is_400()
    {
        var response = await app.Client().As(TestWorld.Creator).PostRawAsync("""{"query": "{ me { id } }" """);

        response.ShouldBeRefused(HttpStatusCode.BadRequest, "not a valid GraphQL request in JSON");
        Assert.Equal("application/json; charset=utf-8", response.ContentType);
        Snapshot.Match(response.Snapshot);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("query { me { id } }")]
    [InlineData("""{"query": "{ me { id } }"} trailing""")]
    [InlineData("""{"query": 42}""")]
    public async Task A_body_that_is_not_a_json_request_is_400(string body)
    {
        var response = await app.Client().As(TestWorld.Creator).PostRawAsync(body, accept: GraphQLResponse);

        response.ShouldBeRefused(HttpStatusCode.BadRequest, "not a valid GraphQL request in JSON");
    }

    [Fact]
    public async Task A_batch_is_400_saying_batching_is_not_supported()
    {
        var response = await app.Client().As(TestWorld.Creator)
            .PostRawAsync("""  [{"query": "{ me { id } }"}, {"query": "{ __typename }"}]""", accept: GraphQLResponse);

        response.ShouldBeRefused(HttpStatusCode.BadRequest, "Batched requests are not supported");
    }

    [Theory]
    [InlineData("""{"variables": {}}""")]
    [InlineData("""{"query": ""}""")]
    [InlineData("""{"query": "   "}""")]
    [InlineData("""{"query": null}""")]
    public async Task A_body_without_a_query_is_400(string body)
    {
        var response = await app.Client().As(TestWorld.Creator).PostRawAsync(body);

        response.ShouldBeRefused(HttpStatusCode.BadRequest, "no query");
    }

    [Fact]
    public async Task A_text_plain_body_is_400_asking_for_json()
    {
        var response = await app.Client().As(TestWorld.Creator).PostRawAsync("{ me { id } }", contentType: "text/plain");

        response.ShouldBeRefused(HttpStatusCode.BadRequest, "Content-Type: application/json");
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("42")]
    [InlineData("true")]
    public async Task Variables_that_are_not_an_object_are_400(string variables)
    {
        var body = $$"""{"query": "query($id: UUID!) { agent(id: $id) { name } }", "variables": {{variables}}}""";

        var response = await app.Client().As(TestWorld.Creator).PostRawAsync(body);

        response.ShouldBeRefused(HttpStatusCode.BadRequest, "not a valid GraphQL request in JSON");
    }

    [Fact]
    public async Task An_unknown_field_is_a_validation_error_naming_it()
    {
        var response = await app.Client().As(TestWorld.Creator).PostAsync("{ agent(id: \"a0000000-0000-4000-8000-000000000001\") { name colour } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(response.Data);
        Assert.Contains("colour", response.ErrorMessage());
        response.ShouldNotLeakInternals();
        Snapshot.Match(response.Snapshot);
    }
}
