using System.Net;
using System.Text.Json;
using Clawith.Graph.Server;
using Clawith.Graph.Server.Limits;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Clawith.Graph.Tests.Server.HttpTransport;

namespace Clawith.Graph.Tests.Server;

/// <summary>
/// A document validated once is remembered by its text and skips the parser and the document-only
/// rules next time; what depends on the request (variables, GET, a cost set by variables) is still checked every time.
/// </summary>
public sealed class ValidatedDocumentsTests
{
    private const string Listing = "query($agent: UUID!, $size: Int) { sessions(agentId: $agent, first: $size) { nodes { title } } }";

    [Fact]
    public async Task A_remembered_document_still_checks_each_requests_variables()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var client = app.Client().As(TestWorld.Creator);

        (await client.PostAsync(Listing, new { agent = TestWorld.Atlas, size = 2 })).ShouldSucceed();
        Assert.NotNull(app.Services.GetRequiredService<ValidatedDocuments>().Find(Listing));
        var notAnId = await client.PostAsync(Listing, new { agent = "not-a-uuid", size = 2 });
        var notANumber = await client.PostAsync(Listing, new { agent = TestWorld.Atlas, size = "two" });
        var again = await client.PostAsync(Listing, new { agent = TestWorld.Atlas, size = 1 });

        Assert.Equal("INVALID_INPUT", notAnId.ErrorCode());
        Assert.Null(notAnId.Data);
        Assert.NotNull(notANumber.ErrorCode());
        Assert.Null(notANumber.Data);
        Assert.Single(again.ShouldSucceed().Data!["sessions"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task A_mutation_remembered_from_a_post_is_still_refused_over_get()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var client = app.Client().As(TestWorld.Creator);
        var mutation = $$"""
            mutation { deleteSession(input: { agentId: "{{TestWorld.Atlas}}", sessionId: "{{Guid.NewGuid()}}" }) { deletedSessionId } }
            """;

        (await client.PostAsync(mutation)).ShouldSucceed();
        Assert.NotNull(app.Services.GetRequiredService<ValidatedDocuments>().Find(mutation));
        var overGet = await client.SendAsync(HttpMethod.Get, GetUrl(mutation));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, overGet.Status);
        await using var db = await app.NewDbContextAsync();
        Assert.True(await db.ChatSessions.AnyAsync());
    }

    [Fact]
    public async Task A_remembered_document_is_refused_over_get_only_for_the_mutation_its_operation_name_picks()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var client = app.Client().As(TestWorld.Creator);
        var document = $$"""
            query Me { me { username } }
            mutation Delete { deleteSession(input: { agentId: "{{TestWorld.Atlas}}", sessionId: "{{Guid.NewGuid()}}" }) { deletedSessionId } }
            """;

        (await client.PostRawAsync(JsonSerializer.Serialize(new { query = document, operationName = "Me" }))).ShouldSucceed();
        Assert.NotNull(app.Services.GetRequiredService<ValidatedDocuments>().Find(document));
        var query = await client.GetAsync(GetUrl(document, operationName: "Me"));
        var mutation = await client.SendAsync(HttpMethod.Get, GetUrl(document, operationName: "Delete"));
        var unnamed = await client.GetAsync(GetUrl(document));

        Assert.Equal("carla", (string?)query.ShouldSucceed().Data!["me"]!["username"]);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.Status);
        Assert.NotNull(unnamed.ErrorCode());
        Assert.Null(unnamed.Data);
    }

    [Fact]
    public async Task A_document_that_fails_validation_is_not_remembered()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        const string misspelt = "{ me { usrname } }";

        var first = await app.Client().As(TestWorld.Creator).PostAsync(misspelt);
        var second = await app.Client().As(TestWorld.Creator).PostAsync(misspelt);

        Assert.Equal(first.ErrorCode(), second.ErrorCode());
        Assert.NotNull(first.ErrorCode());
        Assert.Null(app.Services.GetRequiredService<ValidatedDocuments>().Find(misspelt));
    }

    [Fact]
    public void The_cache_never_holds_more_than_its_capacity()
    {
        var documents = new ValidatedDocuments();
        var document = GraphQLParser.Parser.Parse("{ me { id } }");

        for (var i = 0; i < ValidatedDocuments.Capacity * 3; i++)
            documents.Remember($"{{ me {{ id }} }} # {i}", document);

        Assert.InRange(documents.Count, 1, ValidatedDocuments.Capacity);
        Assert.NotNull(documents.Find($"{{ me {{ id }} }} # {ValidatedDocuments.Capacity * 3 - 1}"));
    }

    [Fact]
    public async Task A_remembered_document_whose_page_size_is_a_variable_is_costed_again_on_every_request()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var client = app.Client().As(TestWorld.Creator);
        const string nested = """
            query($agent: UUID!, $size: Int) {
              sessions(agentId: $agent, first: $size) { nodes { messages(first: $size) { nodes { id createdAt } } } }
            }
            """;

        (await client.PostAsync(nested, new { agent = TestWorld.Atlas, size = 2 })).ShouldSucceed();
        Assert.False(app.Services.GetRequiredService<ValidatedDocuments>().Find(nested)!.FixedCost);
        var tooCostly = await client.PostAsync(nested, new { agent = TestWorld.Atlas, size = 500 });

        Assert.Equal("MAX_COST_EXCEEDED", tooCostly.ErrorCode());
        Assert.Null(tooCostly.Data);
    }

    [Theory]
    [InlineData("{ me { id } }", true)]
    [InlineData("query($a: UUID!) { sessions(agentId: $a, first: 50) { nodes { id } } }", true)]
    [InlineData("query($a: UUID!, $n: Int) { sessions(agentId: $a, first: $n) { nodes { id } } }", false)]
    [InlineData("query($n: Int) { me { id } agent(id: \"x\") { sessions(last: $n) { nodes { id } } } }", false)]
    [InlineData("query($n: Int) { ...F } fragment F on Query { sessions(agentId: \"x\", first: $n) { nodes { id } } }", false)]
    [InlineData("query($n: Int) { ... on Query { sessions(agentId: \"x\", first: $n) { nodes { id } } } }", false)]
    [InlineData("query A { me { id } } query B { me { id } }", false)]
    public void A_documents_cost_is_fixed_only_with_one_operation_and_no_page_size_from_a_variable(string query, bool fixedCost) =>
        Assert.Equal(fixedCost, PageSizeCost.IsFixedBy(GraphQLParser.Parser.Parse(query)));
}
