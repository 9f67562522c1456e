using Clawith.Graph.Messages;
using static Clawith.Graph.Tests.Messages.PartDescriptions;

namespace Clawith.Graph.Tests.Messages;

/// <summary>Clawith's REST module's _split_inline_tools: text and ```tool_code / ```json blocks, split in order.</summary>
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
        // Clawith's REST module tests `if args_str:`, and an empty capture is falsy: no arguments, not {"raw": ""}.
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
}
