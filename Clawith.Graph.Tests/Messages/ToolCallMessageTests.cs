using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace Clawith.Graph.Tests.Messages;

/// <summary>TOOL_CALL messages of a web session (PermittedTools): valid, partial and invalid JSON.</summary>
public sealed class ToolCallMessageTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private static readonly Guid Session = TestWorld.PermittedTools;

    private Task<GraphResponse> ReadAsync() => app.Client().As(TestWorld.Permitted).AllMessagesAsync(TestWorld.Atlas, Session);

    [Fact]
    public async Task Every_field_of_a_session_of_tool_calls_matches_its_snapshot()
    {
        var response = await ReadAsync();

        Snapshot.Match(response.ShouldSucceed().Snapshot);
    }

    [Fact]
    public async Task A_valid_tool_call_gives_its_recorded_status_and_result_as_tool_call_and_only_part()
    {
        var message = (await ReadAsync()).Node(TestWorld.MessageId(Session, 2));

        var expected = """{"name": "web_search", "arguments": {"q": "lisbon"}, "status": "running", "result": {"hits": 3}}""";
        Assert.Equal("TOOL_CALL", (string?)message["role"]);
        JsonAssert.Equal(expected, message["toolCall"]);
        JsonAssert.Equal($$"""[{"__typename": "ToolCall", {{expected[1..^1]}}}]""", message["parts"]);
    }

    [Fact]
    public async Task A_partial_tool_call_is_done_with_an_empty_result()
    {
        var message = (await ReadAsync()).Node(TestWorld.MessageId(Session, 3));

        var expected = """{"name": "calculator", "arguments": [1, 2], "status": "done", "result": ""}""";
        JsonAssert.Equal(expected, message["toolCall"]);
        JsonAssert.Equal($$"""[{"__typename": "ToolCall", {{expected[1..^1]}}}]""", message["parts"]);
    }

    [Theory]
    [InlineData(4, "{not json")]
    [InlineData(5, """["an", "array"]""")]
    public async Task A_tool_call_message_that_is_not_a_json_object_is_one_text_part_of_its_raw_content(int number, string content)
    {
        var message = (await ReadAsync()).Node(TestWorld.MessageId(Session, number));

        Assert.Equal("TOOL_CALL", (string?)message["role"]);
        Assert.Equal(content, (string?)message["content"]);
        Assert.Null(message["toolCall"]);
        JsonAssert.Equal($$"""[{"__typename": "TextPart", "text": {{System.Text.Json.JsonSerializer.Serialize(content)}}}]""", message["parts"]);
    }

    [Fact]
    public async Task A_tool_code_block_in_a_session_that_is_not_agent_to_agent_stays_one_text_part()
    {
        var message = (await ReadAsync()).Node(TestWorld.MessageId(Session, 6));

        Assert.Equal("ASSISTANT", (string?)message["role"]);
        Assert.Null(message["toolCall"]);
        JsonAssert.Equal("""[{"__typename": "TextPart", "text": "```tool_code\nweb_search\n```\nNot an agent session: stays text."}]""", message["parts"]);
    }

    [Fact]
    public async Task Messages_that_are_not_tool_calls_have_no_tool_call_and_no_sender_name_outside_agent_sessions()
    {
        var nodes = (await ReadAsync()).Nodes();

        Assert.Equal(6, nodes.Count);
        Assert.Null(nodes[0]!["toolCall"]);
        Assert.All(nodes, n => Assert.Null(n!["senderName"]));
        Assert.Equal(["USER", "TOOL_CALL", "TOOL_CALL", "TOOL_CALL", "TOOL_CALL", "ASSISTANT"], nodes.Select(n => (string)n!["role"]!));
    }
}
