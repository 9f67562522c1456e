using System.Text.Json;
using Clawith.Graph.Messages;

namespace Clawith.Graph.Tests.Messages;

/// <summary>The seed's _split_inline_tools: text and ```tool_code / ```json blocks, split in order.</summary>
public sealed class InlineToolBlocksTests
{
    [Fact]
    public void Text_a_tool_and_text_split_in_order_with_the_text_trimmed()
    {
        var parts = InlineToolBlocks.Split("  Before.\n```tool_code\nsearch\n```\n```json\n{\"q\": \"lisbon\"}\n```\n  After.  \n");

        Assert.Equal(["text:Before.", """tool:search {"q":"lisbon"}""", "text:After."], Describe(parts));
    }

    [Fact]
    public void A_split_out_tool_is_done_with_an_empty_result()
    {
        var call = Assert.IsType<ToolCall>(Assert.Single(InlineToolBlocks.Split("```tool_code\nsearch\n```\n```json\n{}\n```")));

        Assert.Equal("done", call.Status);
        JsonAssert.Equal("\"\"", call.Result);
    }

    [Fact]
    public void Blank_text_around_and_between_blocks_is_dropped()
    {
        var parts = InlineToolBlocks.Split(" \n```tool_code\nfirst\n```\n \n\t\n```tool_code\nsecond\n```\n\n ");

        Assert.Equal(["tool:first null", "tool:second null"], Describe(parts));
    }

    [Fact]
    public void Arguments_that_are_not_json_are_kept_trimmed_under_raw()
    {
        var parts = InlineToolBlocks.Split("```tool_code\nnotify\n```\n```json\n  not json at all  \n```");

        Assert.Equal(["""tool:notify {"raw":"not json at all"}"""], Describe(parts));
    }

    [Fact]
    public void A_tool_block_with_no_json_block_has_null_arguments()
    {
        var parts = InlineToolBlocks.Split("Pinging.\n```tool_code\nping\n```\nDone.");

        Assert.Equal(["text:Pinging.", "tool:ping null", "text:Done."], Describe(parts));
    }

    [Fact]
    public void An_empty_json_block_gives_null_arguments_as_in_the_seed()
    {
        // The seed tests `if args_str:`, and an empty capture is falsy: no arguments, not {"raw": ""}.
        var parts = InlineToolBlocks.Split("```tool_code\nping\n```\n```json\n\n```");

        Assert.Equal(["tool:ping null"], Describe(parts));
    }

    [Fact]
    public void Multi_line_arguments_parse_up_to_the_first_closing_fence()
    {
        var parts = InlineToolBlocks.Split("```tool_code\nbook\n```\n```json\n{\n  \"city\": \"Lisbon\",\n  \"nights\": [1, 2]\n}\n```\nBooked.");

        Assert.Equal(["""tool:book {"city":"Lisbon","nights":[1,2]}""", "text:Booked."], Describe(parts));
    }

    [Fact]
    public void Several_blocks_in_one_message_keep_their_order()
    {
        var parts = InlineToolBlocks.Split(
            "Checking.\n```tool_code\ncheck_deploy\n```\n```json\n{\"env\": \"prod\"}\n```\nProd is green.\n"
            + "```tool_code\nnotify\n```\n```json\nnot json at all\n```\n```tool_code\nping\n```\nDone.");

        Assert.Equal(
            ["text:Checking.", """tool:check_deploy {"env":"prod"}""", "text:Prod is green.",
                """tool:notify {"raw":"not json at all"}""", "tool:ping null", "text:Done."],
            Describe(parts));
    }

    [Fact]
    public void An_array_or_scalar_json_block_is_kept_as_it_is()
    {
        var parts = InlineToolBlocks.Split("```tool_code\nsum\n```\n```json\n[1, 2]\n```\n```tool_code\nwait\n```\n```json\n30\n```");

        Assert.Equal(["tool:sum [1,2]", "tool:wait 30"], Describe(parts));
    }

    [Theory]
    [InlineData("Mentions ```tool_code but no block.")]
    [InlineData("  Unclosed:\n```tool_code\nsearch\n  ")]
    [InlineData("```tool_code\nweb-search\n```")]
    [InlineData("```tool_code\ntwo words\n```")]
    [InlineData("```tool_code search```")]
    [InlineData("```tool_code\n\n```")]
    public void Content_without_a_complete_block_is_one_text_part_of_the_whole_content_trimmed(string content)
    {
        // The seed appends content[last_end:].strip(): with no match, that is the whole content, trimmed.
        var part = Assert.IsType<TextPart>(Assert.Single(InlineToolBlocks.Split(content)));

        Assert.Equal(content.Trim(), part.Text);
    }

    [Fact]
    public void Blank_content_is_returned_as_it_is()
    {
        var part = Assert.IsType<TextPart>(Assert.Single(InlineToolBlocks.Split(" \n\t ")));

        Assert.Equal(" \n\t ", part.Text);
    }

    [Fact]
    public void An_unclosed_json_block_leaves_the_tool_without_arguments_and_the_rest_as_text()
    {
        var parts = InlineToolBlocks.Split("```tool_code\nsearch\n```\n```json\n{\"q\": 1}");

        Assert.Equal(["tool:search null", "text:```json\n{\"q\": 1}"], Describe(parts));
    }

    [Fact]
    public void Windows_line_endings_split_like_unix_ones()
    {
        var parts = InlineToolBlocks.Split("Intro.\r\n```tool_code\r\nsearch\r\n```\r\n```json\r\n{\"q\": 1}\r\n```\r\nOutro.\r\n");

        Assert.Equal(["text:Intro.", """tool:search {"q":1}""", "text:Outro."], Describe(parts));
    }

    [Fact]
    public void Extra_whitespace_inside_and_between_the_fences_is_allowed()
    {
        var parts = InlineToolBlocks.Split("```tool_code  \t\n\n   search \t\n```   \n\n  ```json \t\n {\"q\": 1} \n```");

        Assert.Equal(["""tool:search {"q":1}"""], Describe(parts));
    }

    [Fact]
    public void The_json_block_may_follow_on_the_same_line_as_the_seeds_docstring_shows()
    {
        var parts = InlineToolBlocks.Split("```tool_code\nsearch\n``` ```json\n{\"q\": 1}\n```");

        Assert.Equal(["""tool:search {"q":1}"""], Describe(parts));
    }

    [Theory]
    [InlineData("查询_天气")]
    [InlineData("café")]
    [InlineData("поиск2")]
    [InlineData("_private_tool")]
    public void Tool_names_are_any_word_characters_including_unicode(string name)
    {
        var parts = InlineToolBlocks.Split($"Go.\n```tool_code\n{name}\n```\nGone.");

        Assert.Equal(["text:Go.", $"tool:{name} null", "text:Gone."], Describe(parts));
    }

    /// <summary>Each part as "text:&lt;text&gt;" or "tool:&lt;name&gt; &lt;compact JSON arguments or null&gt;".</summary>
    private static List<string> Describe(IReadOnlyList<object> parts) =>
    [
        .. parts.Select(part => part switch
        {
            TextPart text => $"text:{text.Text}",
            ToolCall call => $"tool:{call.Name} {(call.Arguments is { } args ? JsonSerializer.SerializeToNode(args)!.ToJsonString() : "null")}",
            _ => throw new InvalidOperationException($"Unexpected part {part}"),
        }),
    ];
}
