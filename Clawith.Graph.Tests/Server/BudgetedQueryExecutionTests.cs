using System.Text.Json.Nodes;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Server;

/// <summary>
/// One document sent again answers every later request as it answered the first, the selections a
/// request can change (@skip/@include from a variable, a field selected twice) included.
/// </summary>
public sealed class BudgetedQueryExecutionTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Fact]
    public async Task A_skip_read_from_a_variable_is_honoured_on_every_request_of_one_document()
    {
        const string query = """
            query($hide: Boolean!, $agent: UUID!) {
              sessions(agentId: $agent) { nodes { title agent { id name @skip(if: $hide) } ...Owner @include(if: $hide) } }
            }
            fragment Owner on ChatSession { user { displayName } }
            """;
        var client = app.Client().As(TestWorld.Creator);

        var shown = FirstNode(await client.PostAsync(query, new { hide = false, agent = TestWorld.Atlas }));
        var hidden = FirstNode(await client.PostAsync(query, new { hide = true, agent = TestWorld.Atlas }));
        var shownAgain = FirstNode(await client.PostAsync(query, new { hide = false, agent = TestWorld.Atlas }));

        Assert.Equal("Atlas", (string?)shown["agent"]!["name"]);
        Assert.Null(shown["user"]);
        Assert.False(hidden["agent"]!.AsObject().ContainsKey("name"));
        Assert.Equal("Carla Creator", (string?)hidden["user"]!["displayName"]);
        Assert.Equal(shown.ToJsonString(), shownAgain.ToJsonString());
    }

    [Fact]
    public async Task A_field_selected_twice_is_merged_with_its_arguments_on_every_request()
    {
        const string query = """
            query($agent: UUID!) {
              sessions(agentId: $agent, first: 1) { nodes { agent { id } agent { name } messages(last: 1) { nodes { id } } ... on ChatSession { messages(last: 1) { nodes { role } } } } }
            }
            """;
        var client = app.Client().As(TestWorld.Creator);

        var first = FirstNode(await client.PostAsync(query, new { agent = TestWorld.Atlas }));
        var second = FirstNode(await client.PostAsync(query, new { agent = TestWorld.Atlas }));

        Assert.Equal(["id", "name"], first["agent"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["id", "role"], Assert.Single(first["messages"]!["nodes"]!.AsArray())!.AsObject().Select(p => p.Key));
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
    }

    [Fact]
    public async Task Fragments_and_a_union_s_type_conditions_answer_alike_on_every_request()
    {
        const string query = """
            query($agent: UUID!) {
              sessions(agentId: $agent, scope: ALL) { nodes { ...Row messages(last: 3) { nodes { parts { __typename ... on TextPart { text } ... on ToolCall { name } } } } } }
            }
            fragment Row on ChatSession { id title ... on ChatSession { displayName } }
            """;
        var client = app.Client().As(TestWorld.PlatformAdmin);

        var first = (await client.PostAsync(query, new { agent = TestWorld.Atlas })).ShouldSucceed();
        var second = (await client.PostAsync(query, new { agent = TestWorld.Atlas })).ShouldSucceed();

        var nodes = first.Data!["sessions"]!["nodes"]!.AsArray();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, node => Assert.NotNull((string?)node!["displayName"]));
        Assert.Equal(first.Data.ToJsonString(), second.Data!.ToJsonString());
    }

    private static JsonObject FirstNode(GraphResponse response) =>
        response.ShouldSucceed().Data!["sessions"]!["nodes"]!.AsArray()[0]!.AsObject();
}
