using System.Net;
using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;
using static Clawith.Graph.Tests.Server.HttpTransport;

namespace Clawith.Graph.Tests.Server;

/// <summary>GraphQL-over-HTTP: the response media type follows Accept, and with it the status of a request that never ran.</summary>
public sealed class ContentNegotiationTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private const string SyntaxError = """{"query": "{ me { id "}""";
    private const string UnknownField = """{"query": "{ me { shoeSize } }"}""";

    [Fact]
    public async Task A_query_posted_as_json_without_accept_answers_200_in_application_json()
    {
        var response = await app.Client().As(TestWorld.Creator).PostRawAsync("""{"query": "{ me { username } }"}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json; charset=utf-8", response.ContentType);
        Assert.Equal("carla", (string?)response.ShouldSucceed().Data!["me"]!["username"]);
    }

    [Fact]
    public async Task Accepting_graphql_response_json_answers_in_it_with_utf8_charset()
    {
        var response = await app.Client().As(TestWorld.Creator).PostRawAsync("""{"query": "{ me { username } }"}""", accept: GraphQLResponse);

        Assert.Equal("application/graphql-response+json; charset=utf-8", response.ContentType);
        Assert.Equal("carla", (string?)response.ShouldSucceed().Data!["me"]!["username"]);
    }

    [Fact]
    public async Task A_syntax_error_under_graphql_response_json_is_400_with_errors_and_no_data()
    {
        var response = await app.Client().PostRawAsync(SyntaxError, accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(GraphQLResponse, response.MediaType());
        Assert.False(response.Json.AsObject().ContainsKey("data"));
        response.ShouldNotLeakInternals();
        Snapshot.Match(response.Snapshot);
    }

    [Fact]
    public async Task An_unknown_field_under_graphql_response_json_is_400_with_a_validation_error_and_no_data()
    {
        var response = await app.Client().As(TestWorld.Creator).PostRawAsync(UnknownField, accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.False(response.Json.AsObject().ContainsKey("data"));
        Assert.Contains("shoeSize", response.ErrorMessage());
        Snapshot.Match(response.Snapshot);
    }

    [Fact]
    public async Task An_execution_error_under_graphql_response_json_is_200_with_data()
    {
        var response = await app.Client().PostRawAsync("""{"query": "{ me { id } }"}""", accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", response.ErrorCode());
        Assert.True(response.Json.AsObject().ContainsKey("data"));
        Assert.Null(response.Data!["me"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("application/json")]
    [InlineData("*/*")]
    [InlineData("application/*")]
    public async Task Legacy_json_clients_get_200_in_application_json_even_for_parse_and_validation_errors(string? accept)
    {
        var client = app.Client().As(TestWorld.Creator);

        foreach (var body in new[] { SyntaxError, UnknownField })
        {
            var response = await client.PostRawAsync(body, accept: accept);

            Assert.Equal(HttpStatusCode.OK, response.Status);
            Assert.Equal("application/json; charset=utf-8", response.ContentType);
            Assert.NotEmpty(response.Errors);
            Assert.Null(response.Data);
        }
    }

    [Fact]
    public async Task Accepting_only_text_plain_is_406()
    {
        var response = await app.Client().As(TestWorld.Creator).PostRawAsync("""{"query": "{ me { id } }"}""", accept: "text/plain");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.Contains(GraphQLResponse, response.Body);
    }

    [Theory]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0.2, application/json", Json)]
    [InlineData("application/graphql-response+json;q=0, application/json;q=0.1", Json)]
    [InlineData("text/plain, */*;q=0.1", Json)]
    [InlineData("text/html, application/graphql-response+json;q=0.9, */*;q=0.8", GraphQLResponse)]
    public async Task Quality_values_choose_the_media_type(string accept, string expected)
    {
        var response = await app.Client().As(TestWorld.Creator).PostRawAsync("""{"query": "{ me { username } }"}""", accept: accept);

        Assert.Equal(expected, response.MediaType());
        Assert.Equal("carla", (string?)response.ShouldSucceed().Data!["me"]!["username"]);
    }

    [Fact]
    public async Task The_chosen_media_type_decides_the_status_of_a_parse_error()
    {
        var preferred = await app.Client().PostRawAsync(SyntaxError, accept: "application/json;q=0.5, application/graphql-response+json");
        var plain = await app.Client().PostRawAsync(SyntaxError, accept: "application/graphql-response+json;q=0.5, application/json");

        Assert.Equal(HttpStatusCode.BadRequest, preferred.Status);
        Assert.Equal(HttpStatusCode.OK, plain.Status);
    }
}
