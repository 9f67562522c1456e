using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;
using static Clawith.Graph.Tests.Rest.RestCalls;

namespace Clawith.Graph.Tests.Rest;

/// <summary>GET messages of a user's session: Clawith's REST module's flattened entries, each with only the keys its kind carries.</summary>
public sealed class MessageEntriesTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Fact225b36fd(RestMessages.Reason)]
    public async Task Plain_entries_carry_role_content_created_at_then_thinking_and_participant_id_when_set()
    {
        var response = await app.Client().As(Creator).MessagesAsync(Atlas, CreatorWeb);

        var entries = response.Array();
        Snapshot.Match(response.Snapshot);
        Assert.Equal(2, entries.Count);
        Assert.Equal(new[] { "role", "content", "created_at", "participant_id" }, entries[0]!.Keys());
        Assert.Equal("user", (string?)entries[0]!["role"]);
        Assert.Equal("Plan a weekend in Lisbon.", (string?)entries[0]!["content"]);
        Assert.Equal("2026-01-01T10:00:00+00:00", (string?)entries[0]!["created_at"]);
        Assert.Equal(CreatorSpeaker.ToString(), (string?)entries[0]!["participant_id"]);
        Assert.Equal(new[] { "role", "content", "created_at", "thinking", "participant_id" }, entries[1]!.Keys());
        Assert.Equal("Alfama first, then Belém.", (string?)entries[1]!["content"]);
        Assert.Equal("Walkable first.", (string?)entries[1]!["thinking"]);
        Assert.Equal(AtlasSpeaker.ToString(), (string?)entries[1]!["participant_id"]);
    }

    [Fact]
    public async Task Outside_agent_to_agent_sessions_no_entry_has_a_sender_name()
    {
        var entries = (await app.Client().As(Creator).MessagesAsync(Atlas, CreatorWeb)).Array();

        Assert.All(entries, e => Assert.False(e!.AsObject().ContainsKey("sender_name")));
    }

    [Fact]
    public async Task Non_ascii_text_is_written_as_is()
    {
        var response = await app.Client().As(Creator).MessagesAsync(Atlas, CreatorWeb);

        Assert.Contains("Belém", response.Body);
    }

    [Fact225b36fd(RestMessages.Reason)]
    public async Task Tool_call_entries_spread_the_stored_JSON_into_tool_fields_with_an_empty_content()
    {
        var response = await app.Client().As(Permitted).MessagesAsync(Atlas, PermittedTools);

        var entries = response.Array();
        Snapshot.Match(response.Snapshot);
        Assert.Equal(6, entries.Count);
        var full = entries[1]!;
        Assert.Equal(new[] { "role", "content", "created_at", "toolName", "toolArgs", "toolStatus", "toolResult" }, full.Keys());
        Assert.Equal("tool_call", (string?)full["role"]);
        Assert.Equal("", (string?)full["content"]);
        Assert.Equal("2026-01-01T05:01:00+00:00", (string?)full["created_at"]);
        Assert.Equal("web_search", (string?)full["toolName"]);
        Assert.Equal("""{"q":"lisbon"}""", full["toolArgs"]!.ToJsonString());
        Assert.Equal("running", (string?)full["toolStatus"]);
        Assert.Equal("""{"hits":3}""", full["toolResult"]!.ToJsonString());
    }

    [Fact]
    public async Task A_tool_call_without_status_or_result_reads_done_and_empty()
    {
        var partial = (await app.Client().As(Permitted).MessagesAsync(Atlas, PermittedTools)).Array()[2]!;

        Assert.Equal("calculator", (string?)partial["toolName"]);
        Assert.Equal("[1,2]", partial["toolArgs"]!.ToJsonString());
        Assert.Equal("done", (string?)partial["toolStatus"]);
        Assert.Equal("", (string?)partial["toolResult"]);
    }

    [Fact225b36fd(RestMessages.Reason)]
    public async Task A_tool_call_that_is_not_JSON_keeps_its_content_and_has_no_tool_fields()
    {
        var invalid = (await app.Client().As(Permitted).MessagesAsync(Atlas, PermittedTools)).Array()[3]!;

        Assert.Equal(new[] { "role", "content", "created_at" }, invalid.Keys());
        Assert.Equal("tool_call", (string?)invalid["role"]);
        Assert.Equal("{not json", (string?)invalid["content"]);
        Assert.Equal("2026-01-01T05:03:00+00:00", (string?)invalid["created_at"]);
    }

    /// <summary>
    /// Clawith's REST module blanks the content of JSON that is not an object only because its <c>data.get</c> throws
    /// after the blanking; like the graph (one TextPart), we keep the stored text (a documented departure).
    /// </summary>
    [Fact225b36fd(RestMessages.Reason)]
    public async Task A_tool_call_holding_JSON_that_is_not_an_object_keeps_its_stored_text()
    {
        var array = (await app.Client().As(Permitted).MessagesAsync(Atlas, PermittedTools)).Array()[4]!;

        Assert.Equal(new[] { "role", "content", "created_at" }, array.Keys());
        Assert.Equal("tool_call", (string?)array["role"]);
        Assert.Equal("""["an", "array"]""", (string?)array["content"]);
    }

    [Fact225b36fd(RestMessages.Reason)]
    public async Task Inline_tool_blocks_outside_agent_to_agent_sessions_stay_one_plain_entry()
    {
        var text = (await app.Client().As(Permitted).MessagesAsync(Atlas, PermittedTools)).Array()[5]!;

        Assert.Equal(new[] { "role", "content", "created_at" }, text.Keys());
        Assert.Equal("assistant", (string?)text["role"]);
        Assert.Equal("```tool_code\nweb_search\n```\nNot an agent session: stays text.", (string?)text["content"]);
        Assert.Equal("2026-01-01T05:05:00+00:00", (string?)text["created_at"]);
    }
}
