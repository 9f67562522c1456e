using System.Text.Json.Nodes;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;
using static Clawith.Graph.Tests.Rest.RestCalls;

namespace Clawith.Graph.Tests.Rest;

/// <summary>Message entries for rows the test world lacks, each added to a fresh app.</summary>
public sealed class MessageEdgeCaseTests
{
    private static readonly Guid Vanished = Guid.Parse("b0000000-0000-4000-8000-000000000404");
    private static readonly DateTime Later = T0.AddHours(12);

    [Fact225b36fd(RestMessages.Reason)]
    public async Task A_vanished_or_unnamed_sender_of_an_agent_to_agent_session_is_named_Unknown()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var unnamed = Guid.NewGuid();
        await RestRows.AddAsync(app, rows => rows.Participant(unnamed, "agent", Guid.NewGuid(), ""));
        await RestRows.AddMessageAsync(app, AtlasToBeacon, MessageId(AtlasToBeacon, 90), ChatRole.Assistant, "From the void.", Later, speaker: Vanished, foreignKeys: false);
        await RestRows.AddMessageAsync(app, AtlasToBeacon, MessageId(AtlasToBeacon, 91), ChatRole.Assistant, "Unsigned.", Later.AddMinutes(1), speaker: unnamed);

        var entries = (await app.Client().As(PlatformAdmin).MessagesAsync(Atlas, AtlasToBeacon)).Array();

        var fromVanished = Entry(entries, "From the void.");
        Assert.Equal("Unknown", (string?)fromVanished["sender_name"]);
        Assert.Equal(Vanished.ToString(), (string?)fromVanished["participant_id"]);
        Assert.Equal("Unknown", (string?)Entry(entries, "Unsigned.")["sender_name"]);
    }

    [Fact225b36fd(RestMessages.Reason)]
    public async Task A_stored_tool_call_of_an_agent_to_agent_session_has_a_sender_name_but_no_participant_id_or_thinking()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        await RestRows.AddMessageAsync(app, AtlasToBeacon, MessageId(AtlasToBeacon, 92), ChatRole.ToolCall,
            """{"name": "deploy", "args": {"env": "prod"}, "result": "ok"}""", Later, speaker: BeaconSpeaker, thinking: "Ship it.");

        var entries = (await app.Client().As(PlatformAdmin).MessagesAsync(Atlas, AtlasToBeacon)).Array();

        var toolCall = entries[^1]!;
        Assert.Equal(new[] { "role", "content", "created_at", "toolName", "toolArgs", "toolStatus", "toolResult", "sender_name" }, toolCall.Keys());
        Assert.Equal("deploy", (string?)toolCall["toolName"]);
        Assert.Equal("ok", (string?)toolCall["toolResult"]);
        Assert.Equal("Beacon", (string?)toolCall["sender_name"]);
    }

    /// <summary>Clawith's REST module builds a tool_call entry from role, content and created_at alone; it never adds thinking or participant_id.</summary>
    [Fact225b36fd(RestMessages.Reason)]
    public async Task A_tool_call_that_is_not_JSON_gets_no_thinking_or_participant_id()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        await RestRows.AddMessageAsync(app, PermittedTools, MessageId(PermittedTools, 93), ChatRole.ToolCall, "half a call {",
            Later, speaker: CreatorSpeaker, thinking: "Hmm.");

        var entries = (await app.Client().As(Permitted).MessagesAsync(Atlas, PermittedTools)).Array();

        var invalid = Entry(entries, "half a call {");
        Assert.Equal(new[] { "role", "content", "created_at" }, invalid.Keys());
        Assert.Equal("2026-01-01T12:00:00+00:00", (string?)invalid["created_at"]);
    }

    /// <summary>
    /// Clawith's REST module's <c>dict.get</c> would pass nulls through; the server reads a tool call once, for the graph
    /// and REST alike, and a null name, status or result reads as missing: "", "done" and "" (a documented departure).
    /// </summary>
    [Fact225b36fd(RestMessages.Reason)]
    public async Task A_tool_call_whose_fields_are_null_reads_them_as_missing()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        await RestRows.AddMessageAsync(app, PermittedTools, MessageId(PermittedTools, 94), ChatRole.ToolCall,
            """{"name": null, "args": null, "status": null, "result": null}""", Later);

        var entries = (await app.Client().As(Permitted).MessagesAsync(Atlas, PermittedTools)).Array();

        var nulls = entries[^1]!.AsObject();
        Assert.Equal(new[] { "role", "content", "created_at", "toolName", "toolArgs", "toolStatus", "toolResult" }, nulls.Keys());
        Assert.Equal("", (string?)nulls["content"]);
        Assert.Equal("", (string?)nulls["toolName"]);
        Assert.Null(nulls["toolArgs"]);
        Assert.Equal("done", (string?)nulls["toolStatus"]);
        Assert.Equal("", (string?)nulls["toolResult"]);
    }

    [Fact225b36fd(RestMessages.Reason)]
    public async Task A_message_without_created_at_has_a_null_created_at()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        await RestRows.AddAsync(app, async (rows, db) =>
        {
            var session = await db.ChatSessions.SingleAsync(s => s.Id == CreatorWeb);
            rows.Message(session, MessageId(CreatorWeb, 95), ChatRole.System, "Undated note.", Later).CreatedAt = null;
        });

        var entries = (await app.Client().As(Creator).MessagesAsync(Atlas, CreatorWeb)).Array();

        var undated = Entry(entries, "Undated note.");
        Assert.Equal(new[] { "role", "content", "created_at" }, undated.Keys());
        Assert.Equal("system", (string?)undated["role"]);
        Assert.Null(undated["created_at"]);
    }

    [Fact]
    public async Task A_message_time_with_a_fraction_of_a_second_has_six_digits()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        await RestRows.AddMessageAsync(app, CreatorWeb, MessageId(CreatorWeb, 96), ChatRole.User, "Quick.", Later.AddMilliseconds(5));

        var entries = (await app.Client().As(Creator).MessagesAsync(Atlas, CreatorWeb)).Array();

        Assert.Equal("2026-01-01T12:00:00.005000+00:00", (string?)Entry(entries, "Quick.")["created_at"]);
    }

    private static JsonObject Entry(JsonArray entries, string content) =>
        entries.Single(e => (string?)e!["content"] == content)!.AsObject();
}
