using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace Clawith.Graph.Tests.Messages;

/// <summary>
/// Messages of Atlas's agent-to-agent session with Beacon (AtlasToBeacon), read as PlatformAdmin: inline
/// tool blocks split out, senders named; and, for contrast, the web session CreatorWeb where senders are
/// not named. (Its owner OrgAdmin has no access to Atlas, so cannot read it: agent access comes first.)
/// </summary>
public sealed class AgentSessionMessageTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private static readonly Guid Session = TestWorld.AtlasToBeacon;

    private Task<GraphResponse> ReadAsync() => app.Client().As(TestWorld.PlatformAdmin).AllMessagesAsync(TestWorld.Atlas, Session);

    [Fact]
    public async Task Every_field_of_an_agent_to_agent_session_matches_its_snapshot()
    {
        var response = await ReadAsync();

        Snapshot.Match(response.ShouldSucceed().Snapshot);
    }

    [Fact]
    public async Task Read_under_the_peer_agent_the_messages_split_and_name_their_senders_the_same()
    {
        var underPeer = await app.Client().As(TestWorld.AgentAdmin).AllMessagesAsync(TestWorld.Beacon, Session);
        var underAgent = await ReadAsync();

        Assert.Equal(underAgent.ShouldSucceed().Data!["session"]!.ToJsonString(), underPeer.ShouldSucceed().Data!["session"]!.ToJsonString());
    }

    [Fact]
    public async Task An_assistant_reply_with_inline_tool_blocks_splits_into_text_and_tool_parts_in_order()
    {
        var message = (await ReadAsync()).Node(TestWorld.MessageId(Session, 2));

        JsonAssert.Equal("""
            [
              {"__typename": "TextPart", "text": "Checking."},
              {"__typename": "ToolCall", "name": "check_deploy", "arguments": {"env": "prod"}, "status": "done", "result": ""},
              {"__typename": "TextPart", "text": "Prod is green."},
              {"__typename": "ToolCall", "name": "notify", "arguments": {"raw": "not json at all"}, "status": "done", "result": ""},
              {"__typename": "ToolCall", "name": "ping", "arguments": null, "status": "done", "result": ""},
              {"__typename": "TextPart", "text": "Done."}
            ]
            """, message["parts"]);
        Assert.Null(message["toolCall"]);
        Assert.StartsWith("Checking.\n```tool_code\ncheck_deploy\n```", (string?)message["content"]);
    }

    [Fact]
    public async Task A_reply_that_mentions_tool_code_without_a_block_stays_one_text_part()
    {
        var message = (await ReadAsync()).Node(TestWorld.MessageId(Session, 4));

        JsonAssert.Equal("""[{"__typename": "TextPart", "text": "Mentions ```tool_code but no block."}]""", message["parts"]);
    }

    [Fact]
    public async Task Sender_names_are_the_participants_display_names_and_null_without_a_participant()
    {
        var nodes = (await ReadAsync()).Nodes();

        Assert.Equal(["Atlas", "Beacon", null, "Beacon"], nodes.Select(n => (string?)n!["senderName"]));
        JsonAssert.Equal(
            $$"""{"id": "{{TestWorld.AtlasSpeaker}}", "type": "AGENT", "displayName": "Atlas", "avatarUrl": null}""",
            nodes[0]!["sender"]);
        Assert.Null(nodes[2]!["sender"]);
    }

    [Fact]
    public async Task Roles_and_creation_times_read_as_enum_values_and_utc_iso_8601()
    {
        var nodes = (await ReadAsync()).Nodes();

        Assert.Equal(["USER", "ASSISTANT", "ASSISTANT", "ASSISTANT"], nodes.Select(n => (string)n!["role"]!));
        Assert.Equal(
            ["2026-01-01T09:50:00.000000+00:00", "2026-01-01T09:51:00.000000+00:00", "2026-01-01T09:52:00.000000+00:00", "2026-01-01T09:53:00.000000+00:00"],
            nodes.Select(n => (string)n!["createdAt"]!));
    }

    [Fact]
    public async Task Every_field_of_a_web_session_matches_its_snapshot()
    {
        var response = await app.Client().As(TestWorld.Creator).AllMessagesAsync(TestWorld.Atlas, TestWorld.CreatorWeb);

        Snapshot.Match(response.ShouldSucceed().Snapshot);
    }

    [Fact]
    public async Task A_web_session_has_senders_but_no_sender_names_and_keeps_the_thinking()
    {
        var nodes = (await app.Client().As(TestWorld.Creator).AllMessagesAsync(TestWorld.Atlas, TestWorld.CreatorWeb)).Nodes();

        Assert.Equal([null, null], nodes.Select(n => (string?)n!["senderName"]));
        JsonAssert.Equal(
            $$"""{"id": "{{TestWorld.CreatorSpeaker}}", "type": "USER", "displayName": "Carla Creator", "avatarUrl": null}""",
            nodes[0]!["sender"]);
        Assert.Equal("Atlas", (string?)nodes[1]!["sender"]!["displayName"]);
        Assert.Equal([null, "Walkable first."], nodes.Select(n => (string?)n!["thinking"]));
    }
}
