using Clawith.Graph.Messages;

namespace Clawith.Graph.Tests.Messages;

/// <summary>A tool_call message's stored content, read as Clawith's REST module's get_session_messages reads it.</summary>
public sealed class ToolCallContentTests
{
    [Fact]
    public void A_full_tool_call_object_gives_its_name_arguments_status_and_result()
    {
        var call = ToolCallContent.Parse("""{"name": "web_search", "args": {"q": "lisbon"}, "status": "running", "result": {"hits": 3}}""");

        Assert.NotNull(call);
        Assert.Equal("web_search", call.Name);
        JsonAssert.Equal("""{"q": "lisbon"}""", call.Arguments);
        Assert.Equal("running", call.Status);
        JsonAssert.Equal("""{"hits": 3}""", call.Result);
    }

    [Fact]
    public void Missing_status_and_result_default_to_done_and_an_empty_string()
    {
        var call = ToolCallContent.Parse("""{"name": "calculator", "args": [1, 2]}""");

        Assert.NotNull(call);
        Assert.Equal("done", call.Status);
        JsonAssert.Equal("\"\"", call.Result);
    }

    [Fact]
    public void Null_status_and_result_default_to_done_and_an_empty_string()
    {
        var call = ToolCallContent.Parse("""{"name": "calculator", "args": {}, "status": null, "result": null}""");

        Assert.NotNull(call);
        Assert.Equal("done", call.Status);
        JsonAssert.Equal("\"\"", call.Result);
    }

    [Fact]
    public void An_empty_object_is_a_nameless_call_with_no_arguments()
    {
        var call = ToolCallContent.Parse("{}");

        Assert.NotNull(call);
        Assert.Equal("", call.Name);
        Assert.Null(call.Arguments);
        Assert.Equal("done", call.Status);
        JsonAssert.Equal("\"\"", call.Result);
    }

    [Theory]
    [InlineData("""{"a": [1, {"b": null}]}""")]
    [InlineData("""[1, "two", false]""")]
    [InlineData("\"just text\"")]
    [InlineData("42.5")]
    [InlineData("true")]
    public void Arguments_are_kept_as_whatever_json_was_stored(string args)
    {
        var call = ToolCallContent.Parse($$"""{"name": "t", "args": {{args}}}""");

        Assert.NotNull(call);
        JsonAssert.Equal(args, call.Arguments);
    }

    [Theory]
    [InlineData("""{"name": "t", "args": null}""")]
    [InlineData("""{"name": "t"}""")]
    public void Null_or_missing_arguments_are_null(string content)
    {
        var call = ToolCallContent.Parse(content);

        Assert.NotNull(call);
        Assert.Null(call.Arguments);
    }

    [Theory]
    [InlineData("""{"name": "t", "result": [1, 2]}""", "[1, 2]")]
    [InlineData("""{"name": "t", "result": "plain text"}""", "\"plain text\"")]
    [InlineData("""{"name": "t", "result": 0}""", "0")]
    public void A_result_is_kept_as_whatever_json_was_stored(string content, string result)
    {
        var call = ToolCallContent.Parse(content);

        Assert.NotNull(call);
        JsonAssert.Equal(result, call.Result);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("")]
    [InlineData("plain words")]
    [InlineData("""{"name": "t",}""")]
    [InlineData("""["an", "array"]""")]
    [InlineData("\"a json string\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("true")]
    public void Content_that_is_not_a_json_object_is_not_a_tool_call(string content)
    {
        Assert.Null(ToolCallContent.Parse(content));
    }
}
