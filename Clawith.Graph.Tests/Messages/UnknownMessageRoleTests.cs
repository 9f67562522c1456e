using System.Net;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Messages;

/// <summary>
/// A message whose stored role this server does not know (another writer's tool_result, a number) is
/// read like the others: role OTHER, roleLabel as stored, its content one text part; REST writes the
/// label as it is. The session around it stays readable (it was an error for the whole page).
/// </summary>
public sealed class UnknownMessageRoleTests : IAsyncLifetime
{
    private static readonly Guid Reply = TestWorld.MessageId(TestWorld.CreatorWeb, 2);

    private ClawithAppFactory _app = null!;

    public async Task InitializeAsync() => _app = await ClawithAppFactory.CreateAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("tool_result")]
    [InlineData("0")]
    [InlineData("User")]
    [InlineData("TOOL_CALL")]
    public async Task Graphql_answers_other_with_the_label_as_stored_and_the_rest_of_the_session(string label)
    {
        await OddLabels.SetMessageRoleAsync(_app, Reply, label);

        var response = await _app.Client().As(TestWorld.Creator).PostAsync($$"""
            { session(agentId: "{{TestWorld.Atlas}}", id: "{{TestWorld.CreatorWeb}}") {
                title messages { nodes { role roleLabel content toolCall { name } parts { __typename } } } } }
            """);

        var nodes = response.ShouldSucceed().Data!["session"]!["messages"]!["nodes"]!.AsArray();
        Assert.Equal(["USER", "OTHER"], nodes.Select(node => (string?)node!["role"]));
        Assert.Equal(["user", label], nodes.Select(node => (string?)node!["roleLabel"]));
        Assert.Equal("Alfama first, then Belém.", (string?)nodes[1]!["content"]);
        Assert.Null(nodes[1]!["toolCall"]);
        Assert.Equal("TextPart", (string?)nodes[1]!["parts"]![0]!["__typename"]);
    }

    [Fact]
    public async Task Rest_writes_the_label_as_stored()
    {
        await OddLabels.SetMessageRoleAsync(_app, Reply, "tool_result");

        var response = await _app.Client().As(TestWorld.Creator).RestAsync(HttpMethod.Get, $"/api/agents/{TestWorld.Atlas}/sessions/{TestWorld.CreatorWeb}/messages");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["user", "tool_result"], response.Json.AsArray().Select(entry => (string?)entry!["role"]));
        Assert.Equal("Alfama first, then Belém.", (string?)response.Json[1]!["content"]);
    }

    [Fact]
    public async Task Known_labels_keep_their_roles()
    {
        var response = await _app.Client().As(TestWorld.Permitted).PostAsync($$"""
            { session(agentId: "{{TestWorld.Atlas}}", id: "{{TestWorld.PermittedTools}}") { messages { nodes { role roleLabel } } } }
            """);

        var nodes = response.ShouldSucceed().Data!["session"]!["messages"]!["nodes"]!.AsArray();
        Assert.Equal(["USER", "TOOL_CALL", "TOOL_CALL", "TOOL_CALL", "TOOL_CALL", "ASSISTANT"], nodes.Select(node => (string?)node!["role"]));
        Assert.Equal(["user", "tool_call", "tool_call", "tool_call", "tool_call", "assistant"], nodes.Select(node => (string?)node!["roleLabel"]));
    }
}
