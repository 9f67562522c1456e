using System.Net;
using System.Text.Json.Nodes;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Nodes;

/// <summary>
/// node(id) and nodes(ids): every Node type fetched again by the id the graph gave it, reading as its own
/// root field reads it; refusals, ids of nothing, malformed ids and the cap on ids.
/// (Who may see what through them: Authorization/NodeAccessMatrixTests.)
/// </summary>
public sealed class NodeQueryTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private const string SessionFields = "id title displayName messageCount agent { id name } user { id displayName } peerAgent { id }";
    private const string MessageFields = "id role content sender { id displayName } senderName parts { __typename ... on ToolCall { name arguments } }";
    private static readonly Guid Nothing = Guid.Parse("f0000000-0000-4000-8000-000000000001");

    [Fact]
    public async Task Node_reads_a_session_a_message_an_agent_and_a_user_as_their_own_fields_do()
    {
        var message = TestWorld.MessageId(TestWorld.AtlasToBeacon, 2);
        var client = app.Client().As(TestWorld.AgentAdmin);
        var own = await client.PostAsync($$"""
            {
              session: session(agentId: "{{TestWorld.Beacon}}", id: "{{TestWorld.AtlasToBeacon}}") { {{SessionFields}} messages { nodes { {{MessageFields}} } } }
              agent(id: "{{TestWorld.Harbor}}") { id name creator { id } }
              me { id displayName role }
            }
            """);
        var nodes = await client.PostAsync($$"""
            {
              session: node(id: "{{TestWorld.AtlasToBeacon}}") { __typename ... on ChatSession { {{SessionFields}} } }
              message: node(id: "{{message}}") { __typename ... on ChatMessage { {{MessageFields}} } }
              agent: node(id: "{{TestWorld.Harbor}}") { __typename ... on Agent { id name creator { id } } }
              me: node(id: "{{TestWorld.AgentAdmin}}") { __typename ... on User { id displayName role } }
            }
            """);

        var expected = own.ShouldSucceed().Data!;
        var found = nodes.ShouldSucceed().Data!;
        var ownMessage = expected["session"]!["messages"]!["nodes"]!.AsArray().Single(m => (string?)m!["id"] == message.ToString())!;
        Assert.Equal(Typed("ChatSession", expected["session"]!, without: "messages"), found["session"]!.ToJsonString());
        Assert.Equal(Typed("ChatMessage", ownMessage), found["message"]!.ToJsonString());
        Assert.Equal(Typed("Agent", expected["agent"]!), found["agent"]!.ToJsonString());
        Assert.Equal(Typed("User", expected["me"]!), found["me"]!.ToJsonString());
        Assert.Equal(3, found["message"]!["parts"]!.AsArray().Count(p => (string?)p!["__typename"] == "ToolCall"));
    }

    [Fact]
    public async Task Nodes_answers_in_the_order_asked_with_each_refusal_null_and_its_error_at_its_index()
    {
        var response = await app.Client().As(TestWorld.Permitted).PostAsync($$"""
            { nodes(ids: ["{{TestWorld.PermittedTools}}", "{{TestWorld.CreatorWeb}}", "{{Nothing}}", "{{TestWorld.Beacon}}", "{{TestWorld.Atlas}}", "{{TestWorld.PermittedTools}}"]) { __typename id } }
            """);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(
            $$"""[{"__typename":"ChatSession","id":"{{TestWorld.PermittedTools}}"},null,null,null,{"__typename":"Agent","id":"{{TestWorld.Atlas}}"},{"__typename":"ChatSession","id":"{{TestWorld.PermittedTools}}"}]""",
            response.Data!["nodes"]!.ToJsonString());
        Assert.Equal(
            [
                "nodes.1 AUTH_NOT_AUTHORIZED: Not authorized to view this session",
                "nodes.2 NOT_FOUND: Node not found",
                "nodes.3 AUTH_NOT_AUTHORIZED: No access to this agent",
            ],
            response.Errors.Select(e => $"{string.Join('.', e!["path"]!.AsArray())} {e["extensions"]!["code"]}: {e["message"]}").Order());
    }

    [Fact]
    public async Task An_id_of_nothing_is_null_with_not_found_at_the_nodes_path_and_the_rest_of_the_answer_stands()
    {
        var response = await app.Client().As(TestWorld.Creator).PostAsync($$"""{ me { displayName } node(id: "{{Nothing}}") { id } }""");

        Assert.Equal("""{"me":{"displayName":"Carla Creator"},"node":null}""", response.Data!.ToJsonString());
        Assert.Equal("NOT_FOUND", response.ErrorCode());
        Assert.Equal("Node not found", response.ErrorMessage());
        Assert.Equal("""["node"]""", response.Errors[0]!["path"]!.ToJsonString());
    }

    [Theory]
    [InlineData("""{ node(id: "nope") { id } }""", null)]
    [InlineData("""{ node(id: 7) { id } }""", null)]
    [InlineData("""query($id: ID!) { node(id: $id) { id } }""", "{A0000000-0000-4000-8000-000000000001}")]
    [InlineData("""query($ids: [ID!]!) { nodes(ids: $ids) { id } }""", "a0000000000040008000000000000001")]
    public async Task An_id_that_is_not_a_uuid_is_invalid_input(string query, string? variable)
    {
        var response = await app.Client().As(TestWorld.Creator)
            .PostAsync(query, variable is null ? null : query.Contains("$ids") ? new { ids = new[] { variable } } : new { id = variable });

        Assert.Equal("INVALID_INPUT", response.ErrorCode());
        Assert.Null(response.Data);
        response.ShouldNotLeakInternals();
    }

    [Fact]
    public async Task Ids_in_either_case_name_the_same_node_and_come_back_lowercase()
    {
        var response = await app.Client().As(TestWorld.Creator)
            .PostAsync($$"""{ node(id: "{{TestWorld.Atlas.ToString().ToUpperInvariant()}}") { id } }""");

        Assert.Equal(TestWorld.Atlas.ToString(), (string?)response.ShouldSucceed().Data!["node"]!["id"]);
    }

    [Fact]
    public async Task Nodes_takes_fifty_ids_and_refuses_fifty_one_before_reading_anything()
    {
        var client = app.Client().As(TestWorld.Creator);
        const string query = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }";

        var fifty = await client.PostAsync(query, new { ids = Enumerable.Repeat(TestWorld.Atlas, 50) });
        app.Sql.Reset();
        var fiftyOne = await client.PostAsync(query, new { ids = Enumerable.Repeat(TestWorld.Atlas, 51) });
        var literal = await client.PostAsync($"{{ nodes(ids: [{string.Join(", ", Enumerable.Repeat($"\"{TestWorld.Atlas}\"", 51))}]) {{ id }} }}");

        Assert.Equal(50, fifty.ShouldSucceed().Data!["nodes"]!.AsArray().Count);
        foreach (var refused in new[] { fiftyOne, literal })
        {
            Assert.Equal("INVALID_INPUT", refused.ErrorCode());
            Assert.Equal("nodes takes at most 50 ids; 51 were given. Ask for the rest in another request.", refused.ErrorMessage());
            Assert.Null(refused.Data);
        }
        Assert.DoesNotContain(app.Sql.Commands, sql => sql.Contains("UNION ALL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Node_without_a_token_is_refused_as_every_field_is()
    {
        var response = await app.Client().PostAsync($$"""{ node(id: "{{TestWorld.Atlas}}") { id } }""");

        Assert.Equal("AUTH_NOT_AUTHENTICATED", response.ErrorCode());
        Assert.Equal("""{"node":null}""", response.Data!.ToJsonString());
    }

    [Fact]
    public async Task Deleted_session_id_is_an_id_equal_to_the_one_asked_and_the_session_is_then_no_node()
    {
        await using var fresh = await ClawithAppFactory.CreateAsync();
        var client = fresh.Client().As(TestWorld.Creator);

        var deleted = await client.PostAsync($$"""
            mutation { deleteSession(input: { agentId: "{{TestWorld.Atlas}}", sessionId: "{{TestWorld.CreatorWeb}}" }) { deletedSessionId } }
            """);
        var after = await client.PostAsync($$"""{ node(id: "{{TestWorld.CreatorWeb}}") { id } }""");

        Assert.Equal(TestWorld.CreatorWeb.ToString(), (string?)deleted.ShouldSucceed().Data!["deleteSession"]!["deletedSessionId"]);
        Assert.Equal("NOT_FOUND", after.ErrorCode());
    }

    /// <summary>The root field's object as node's inline fragment reads it: __typename first, the same fields after.</summary>
    private static string Typed(string typeName, JsonNode own, string? without = null)
    {
        var typed = new JsonObject { ["__typename"] = typeName };
        foreach (var (name, value) in own.AsObject())
            if (name != without)
                typed[name] = value?.DeepClone();
        return typed.ToJsonString();
    }
}
