using Clawith.Graph.Messages;
using static Clawith.Graph.Tests.Messages.PartDescriptions;

namespace Clawith.Graph.Tests.Messages;

/// <summary>What Clawith's REST module's inline-block pattern accepts as a block (\s* whitespace, \w+ names) and what stays text.</summary>
public sealed class InlineToolBlockSyntaxTests
{
    [Theory]
    [InlineData("Mentions ```tool_code but no block.")]
    [InlineData("  Unclosed:\n```tool_code\nsearch\n  ")]
    [InlineData("```tool_code\nweb-search\n```")]
    [InlineData("```tool_code\ntwo words\n```")]
    [InlineData("```tool_code search```")]
    [InlineData("```tool_code\n\n```")]
    public void Content_without_a_complete_block_is_one_text_part_of_the_whole_content_trimmed(string content)
    {
        // Clawith's REST module appends content[last_end:].strip(): with no match, that is the whole content, trimmed.
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
}
