using System.Text.Json.Nodes;
using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;
using static Clawith.Graph.Tests.Rest.RestCalls;

namespace Clawith.Graph.Tests.Rest;

/// <summary>GET messages of an agent-to-agent session: sender names, and replies split at their inline tool blocks.</summary>
public sealed class AgentSessionMessagesTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private static readonly string[] TextPart = ["role", "content", "sender_name", "participant_id"];
    private static readonly string[] ToolPart = ["role", "content", "toolName", "toolArgs", "toolStatus", "toolResult", "sender_name", "participant_id"];

    private async Task<JsonArray> EntriesAsync() => (await app.Client().As(PlatformAdmin).MessagesAsync(Atlas, AtlasToBeacon)).Array();

    [Fact225b36fd(RestMessages.Reason)]
    public async Task Agent_to_agent_messages_are_flattened_as_the_seed_flattens_them()
    {
        var response = await app.Client().As(PlatformAdmin).MessagesAsync(Atlas, AtlasToBeacon);

        response.Array();
        Snapshot.Match(response.Snapshot);
        Assert.Equal(
            new[] { "user", "assistant", "tool_call", "assistant", "tool_call", "tool_call", "assistant", "assistant", "assistant" },
            response.Array().Select(e => (string)e!["role"]!));
    }

    [Fact225b36fd(RestMessages.Reason)]
    public async Task A_message_with_a_participant_carries_its_sender_name_and_participant_id()
    {
        var first = (await EntriesAsync())[0]!;

        Assert.Equal(new[] { "role", "content", "created_at", "sender_name", "participant_id" }, first.Keys());
        Assert.Equal("Beacon, deploy status?", (string?)first["content"]);
        Assert.Equal("2026-01-01T09:50:00+00:00", (string?)first["created_at"]);
        Assert.Equal("Atlas", (string?)first["sender_name"]);
        Assert.Equal(AtlasSpeaker.ToString(), (string?)first["participant_id"]);
    }

    [Fact225b36fd(RestMessages.Reason)]
    public async Task A_reply_with_inline_tool_blocks_splits_into_text_and_tool_call_entries_without_created_at()
    {
        var parts = (await EntriesAsync()).Skip(1).Take(6).Select(e => e!.AsObject()).ToList();

        Assert.Equal(new[] { TextPart, ToolPart, TextPart, ToolPart, ToolPart, TextPart }, parts.Select(p => p.Keys().ToArray()));
        Assert.Equal(new[] { "Checking.", "", "Prod is green.", "", "", "Done." }, parts.Select(p => (string)p["content"]!));
        Assert.Equal(new[] { "check_deploy", "notify", "ping" }, parts.Where(p => p.ContainsKey("toolName")).Select(p => (string)p["toolName"]!));
        Assert.Equal("""{"env":"prod"}""", parts[1]["toolArgs"]!.ToJsonString());
        Assert.Equal("""{"raw":"not json at all"}""", parts[3]["toolArgs"]!.ToJsonString());
        Assert.True(parts[4].ContainsKey("toolArgs"));
        Assert.Null(parts[4]["toolArgs"]);
        Assert.All(parts.Where(p => p.ContainsKey("toolName")), p =>
        {
            Assert.Equal("done", (string?)p["toolStatus"]);
            Assert.Equal("", (string?)p["toolResult"]);
        });
        Assert.All(parts, p =>
        {
            Assert.Equal("Beacon", (string?)p["sender_name"]);
            Assert.Equal(BeaconSpeaker.ToString(), (string?)p["participant_id"]);
        });
    }

    [Fact225b36fd(RestMessages.Reason)]
    public async Task A_message_without_a_participant_has_neither_sender_name_nor_participant_id()
    {
        var anonymous = (await EntriesAsync())[7]!;

        Assert.Equal(new[] { "role", "content", "created_at" }, anonymous.Keys());
        Assert.Equal("Plain answer from nobody recorded.", (string?)anonymous["content"]);
        Assert.Equal("2026-01-01T09:52:00+00:00", (string?)anonymous["created_at"]);
    }

    [Fact225b36fd(RestMessages.Reason)]
    public async Task A_reply_mentioning_tool_code_without_a_block_is_one_entry_without_created_at()
    {
        var mention = (await EntriesAsync())[8]!;

        Assert.Equal(TextPart, mention.Keys());
        Assert.Equal("Mentions ```tool_code but no block.", (string?)mention["content"]);
        Assert.Equal("Beacon", (string?)mention["sender_name"]);
    }

    [Fact]
    public async Task The_peer_agent_sees_the_same_entries_through_its_own_route()
    {
        var underAgent = await app.Client().As(PlatformAdmin).MessagesAsync(Atlas, AtlasToBeacon);
        var underPeer = await app.Client().As(AgentAdmin).MessagesAsync(Beacon, AtlasToBeacon);

        underPeer.Array();
        Assert.Equal(underAgent.Body, underPeer.Body);
    }
}
