using System.Net;
using Clawith.Graph.Tests.Infrastructure;
using static Clawith.Graph.Tests.Server.HttpTransport;

namespace Clawith.Graph.Tests.Limits;

/// <summary>
/// GraphQL:Introspection and GraphQL:Suggestions: on in Development and Testing unless switched off,
/// off everywhere else unless switched on. Off, introspection (and GET /graphql?sdl) is refused with
/// INTROSPECTION_DISABLED and validation errors stop guessing at names.
/// </summary>
public sealed class SchemaDiscoveryTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private const string Schema = "{ __schema { queryType { name } } }";
    private const string Misspelt = "{ me { displayNam } }";

    [Fact]
    public async Task In_testing_introspection_and_suggestions_are_on()
    {
        var client = app.Client().As(TestWorld.Creator);

        Assert.Equal("Query", (string?)(await client.PostAsync(Schema)).ShouldSucceed().Data!["__schema"]!["queryType"]!["name"]);
        Assert.Equal("Cannot query field 'displayNam' on type 'User'. Did you mean 'displayName'?", (await client.PostAsync(Misspelt)).ErrorMessage());
    }

    [Theory]
    [InlineData(Schema)]
    [InlineData("{ __type(name: \"Agent\") { fields { name } } }")]
    [InlineData("query { me { id } ...Peek } fragment Peek on Query { __schema { types { name } } }")]
    public async Task Switched_off_introspection_is_refused_with_introspection_disabled(string query)
    {
        await using var host = LimitedHost.Start(app, ("GraphQL:Introspection", "false"));

        var response = await host.As(TestWorld.Creator).PostRawAsync(Body(query), accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INTROSPECTION_DISABLED", response.ErrorCode());
        Assert.Equal("Introspection is disabled on this server.", response.ErrorMessage());
        Assert.False(response.Json.AsObject().ContainsKey("data"), response.Body);
    }

    [Fact]
    public async Task Switched_off_introspection_is_refused_over_get_too()
    {
        await using var host = LimitedHost.Start(app, ("GraphQL:Introspection", "false"));

        var response = await host.As(TestWorld.Creator).GetAsync(GetUrl(Schema), accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INTROSPECTION_DISABLED", response.ErrorCode());
    }

    [Fact]
    public async Task Switched_off_introspection_still_answers_typename()
    {
        await using var host = LimitedHost.Start(app, ("GraphQL:Introspection", "false"));

        var response = await host.Anonymous().PostAsync("{ __typename }");

        Assert.Equal("Query", (string?)response.ShouldSucceed().Data!["__typename"]);
    }

    [Fact]
    public async Task Switched_off_introspection_refuses_the_printed_schema_too()
    {
        await using var host = LimitedHost.Start(app, ("GraphQL:Introspection", "false"));

        var response = await host.Anonymous().GetAsync("/graphql?sdl");

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("INTROSPECTION_DISABLED", response.ErrorCode());
        Assert.DoesNotContain("type Query", response.Body);
    }

    [Fact]
    public async Task Switched_off_suggestions_leave_the_error_without_a_guess()
    {
        await using var host = LimitedHost.Start(app, ("GraphQL:Suggestions", "false"));

        var response = await host.As(TestWorld.Creator).PostAsync(Misspelt);

        Assert.Equal("Cannot query field 'displayNam' on type 'User'.", response.ErrorMessage());
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", response.ErrorCode());
    }

    [Fact]
    public async Task In_production_both_are_off_by_default()
    {
        await using var host = LimitedHost.Start(app, "Production", configure: null);
        var client = host.As(TestWorld.Creator);

        Assert.Equal("INTROSPECTION_DISABLED", (await client.PostAsync(Schema)).ErrorCode());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/graphql?sdl")).Status);
        Assert.DoesNotContain("Did you mean", (await client.PostAsync(Misspelt)).Body);
    }

    [Fact]
    public async Task In_production_they_can_be_switched_on()
    {
        await using var host = LimitedHost.Start(app, "Production", configure: null, ("GraphQL:Introspection", "true"), ("GraphQL:Suggestions", "true"));
        var client = host.As(TestWorld.Creator);

        (await client.PostAsync(Schema)).ShouldSucceed();
        Assert.Contains("type Query", (await client.GetAsync("/graphql?sdl")).Body);
        Assert.Contains("Did you mean 'displayName'?", (await client.PostAsync(Misspelt)).ErrorMessage());
    }

    [Fact]
    public async Task In_development_both_are_on_by_default()
    {
        await using var host = LimitedHost.Start(app, "Development", configure: null);
        var client = host.As(TestWorld.Creator);

        (await client.PostAsync(Schema)).ShouldSucceed();
        Assert.Contains("Did you mean 'displayName'?", (await client.PostAsync(Misspelt)).ErrorMessage());
    }

    private static string Body(string query) => System.Text.Json.JsonSerializer.Serialize(new { query });
}
