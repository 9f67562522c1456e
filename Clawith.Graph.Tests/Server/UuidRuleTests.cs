using System.Net;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Server;

/// <summary>
/// One rule for a UUID a client sends, GraphQL and REST alike: the canonical 36 characters, hex digits in
/// either case; no braces, parentheses, surrounding space, or the 32 digits without hyphens.
/// </summary>
public sealed class UuidRuleTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private static readonly string Atlas = TestWorld.Atlas.ToString();

    public static TheoryData<string> Accepted => [Atlas, Atlas.ToUpperInvariant()];

    public static TheoryData<string> Refused =>
    [
        "{" + Atlas + "}",
        "(" + Atlas + ")",
        Atlas + " ",
        " " + Atlas,
        Atlas + "\t",
        Atlas.Replace("-", ""),
        "urn:uuid:" + Atlas,
        "{0xa0000000,0x0000,0x4000,{0x80,0x00,0x00,0x00,0x00,0x00,0x00,0x01}}",
    ];

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task The_canonical_form_in_either_case_is_accepted_by_graphql_and_rest(string id)
    {
        var client = app.Client().As(TestWorld.Creator);

        var graph = await client.PostAsync("query($id: UUID!) { agent(id: $id) { name } }", new { id });
        var literal = await client.PostAsync($$"""{ agent(id: "{{id}}") { name } }""");
        var rest = await client.SendAsync(HttpMethod.Get, $"/api/agents/{Uri.EscapeDataString(id)}/sessions");

        Assert.Equal("Atlas", (string?)graph.ShouldSucceed().Data!["agent"]!["name"]);
        Assert.Equal("Atlas", (string?)literal.ShouldSucceed().Data!["agent"]!["name"]);
        Assert.Equal(HttpStatusCode.OK, rest.Status);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Any_other_form_is_invalid_input_in_graphql_and_422_in_rest(string id)
    {
        var client = app.Client().As(TestWorld.Creator);

        var graph = await client.PostAsync("query($id: UUID!) { agent(id: $id) { name } }", new { id });
        var literal = await client.PostAsync($$"""{ agent(id: {{System.Text.Json.JsonSerializer.Serialize(id)}}) { name } }""");
        var rest = await client.SendAsync(HttpMethod.Get, $"/api/agents/{Uri.EscapeDataString(id)}/sessions");

        Assert.Equal("INVALID_INPUT", graph.ErrorCode());
        Assert.Equal("INVALID_INPUT", literal.ErrorCode());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, rest.Status);
        Assert.Equal($"agent_id is not a valid UUID: '{id}'.", (string?)rest.Json["detail"]);
    }
}
