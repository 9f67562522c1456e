using System.Net;
using System.Text.Json.Nodes;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Generations;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;
using static Clawith.Graph.Tests.Rest.RestCalls;

namespace Clawith.Graph.Tests.Generations;

/// <summary>
/// GET messages on Clawith 251aeba8 (RULES M1–M10): pages of <c>limit</c> before a cursor, entries with their id and cursor,
/// runtime errors of failed runs, tool calls with the runtime's names, a2a replies split into parts, and reading marks read.
/// </summary>
public sealed class HeadRestMessagesTests
{
    private static string Page(Guid agent, Guid session, string query) => MessagesPath(agent, session) + query;

    private static async Task<JsonArray> ReadAsync(ClawithAppFactory app, Guid caller, Guid agent, Guid session, string query = "") =>
        (await app.Client().As(caller).RestAsync(HttpMethod.Get, Page(agent, session, query))).Array();

    private static IEnumerable<string> Contents(JsonArray entries) => entries.Select(e => (string)e!["content"]!);

    /// <summary>PermittedLong's "Message i", one a minute from T0.</summary>
    private static string LongCursor(int i, string time = "2026-01-01T{0}+00:00") =>
        Uri.EscapeDataString(string.Format(time, T0.AddMinutes(i).ToString("HH:mm:ss")) + "|" + MessageId(PermittedLong, 1000 + i));

    [Fact251aeba8]
    [Rule("M1", "M4")]
    public async Task The_default_page_is_the_latest_20_oldest_first()
    {
        await using var app = await HeadWorld.CreateAsync();

        var entries = await ReadAsync(app, Permitted, Atlas, PermittedLong);

        Assert.Equal(Enumerable.Range(500, 20).Select(i => $"Message {i}"), Contents(entries));
    }

    [Theory251aeba8]
    [InlineData(1, 519)]
    [InlineData(500, 20)]
    [Rule("M1")]
    public async Task A_limit_from_1_to_500_is_the_page_size(int limit, int oldest)
    {
        await using var app = await HeadWorld.CreateAsync();

        var entries = await ReadAsync(app, Permitted, Atlas, PermittedLong, $"?limit={limit}");

        Assert.Equal(Enumerable.Range(oldest, limit).Select(i => $"Message {i}"), Contents(entries));
    }

    [Theory251aeba8]
    [InlineData("0")]
    [InlineData("501")]
    [InlineData("x")]
    [InlineData("1.5")]
    [InlineData("")]
    [Rule("M1")]
    public async Task A_limit_outside_1_to_500_or_not_an_integer_is_a_422(string limit)
    {
        await using var app = await HeadWorld.CreateAsync();

        var response = await app.Client().As(Permitted).RestAsync(HttpMethod.Get, Page(Atlas, PermittedLong, $"?limit={Uri.EscapeDataString(limit)}"));

        Assert.Equal($"limit must be an integer from 1 to 500, not '{limit}'.", AssertUnprocessable(response));
    }

    [Fact251aeba8]
    [Rule("M3", "M7")]
    public async Task Every_entry_carries_its_id_and_a_cursor_of_its_created_at_and_id()
    {
        await using var app = await HeadWorld.CreateAsync();

        var entries = await ReadAsync(app, Creator, Atlas, CreatorWeb);

        Assert.Equal(new[] { "id", "role", "content", "created_at", "cursor", "participant_id" }, entries[0]!.Keys());
        Assert.Equal(new[] { "id", "role", "content", "created_at", "cursor", "thinking", "participant_id" }, entries[1]!.Keys());
        Assert.Equal(MessageId(CreatorWeb, 1).ToString(), (string?)entries[0]!["id"]);
        Assert.Equal("2026-01-01T10:00:00+00:00", (string?)entries[0]!["created_at"]);
        Assert.All(entries, e => Assert.Equal($"{(string?)e!["created_at"]}|{(string?)e["id"]}", (string?)e["cursor"]));
        Assert.Equal("Walkable first.", (string?)entries[1]!["thinking"]);
    }

    [Fact251aeba8]
    [Rule("M3")]
    public async Task A_cursor_keeps_the_microseconds_as_isoformat_does()
    {
        await using var app = await HeadWorld.CreateAsync();
        var at = T0.AddDays(40).AddTicks(1_234_560);
        await AddMessagesAsync(app, CreatorEmpty, [(MessageId(CreatorEmpty, 1), ChatRole.User, "Precise.", at)]);

        var entry = Assert.Single(await ReadAsync(app, Creator, Atlas, CreatorEmpty))!;

        Assert.Equal("2026-02-10T00:00:00.123456+00:00", (string?)entry["created_at"]);
        Assert.Equal($"2026-02-10T00:00:00.123456+00:00|{MessageId(CreatorEmpty, 1)}", (string?)entry["cursor"]);
    }

    [Fact251aeba8]
    [Rule("M3", "M4")]
    public async Task Paging_back_through_messages_of_one_time_neither_skips_nor_repeats_one()
    {
        await using var app = await HeadWorld.CreateAsync();
        var at = T0.AddDays(30);
        var ids = Enumerable.Range(0, 7).Select(_ => Guid.NewGuid()).ToList();
        await AddMessagesAsync(app, CreatorEmpty, [.. ids.Select(id => (id, ChatRole.User, $"Same time {id}", at))]);

        var seen = new List<string>();
        var query = "?limit=3";
        for (var pages = 0; pages < 5; pages++)
        {
            var entries = await ReadAsync(app, Creator, Atlas, CreatorEmpty, query);
            if (entries.Count == 0)
                break;
            seen.InsertRange(0, entries.Select(e => (string)e!["id"]!));
            query = $"?limit=3&before={Uri.EscapeDataString((string)entries[0]!["cursor"]!)}";
        }

        // Oldest first by (created_at, id): the ids' text order, as both databases order them.
        Assert.Equal(ids.Select(id => id.ToString()).Order(StringComparer.Ordinal), seen);
    }

    [Theory251aeba8]
    [InlineData("2026-01-01T{0}+00:00")]
    [InlineData("2026-01-01T{0}Z")]
    [InlineData("2026-01-01T{0}")]
    [InlineData("2026-01-01 {0}.000000+00:00")]
    [Rule("M3")]
    public async Task A_cursor_in_UTC_with_Z_or_without_an_offset_names_the_same_place(string time)
    {
        await using var app = await HeadWorld.CreateAsync();

        var entries = await ReadAsync(app, Permitted, Atlas, PermittedLong, $"?limit=2&before={LongCursor(100, time)}");

        Assert.Equal(["Message 98", "Message 99"], Contents(entries));
    }

    [Fact251aeba8]
    [Rule("M3")]
    public async Task A_cursor_with_another_offset_is_read_as_that_instant()
    {
        await using var app = await HeadWorld.CreateAsync();
        var cursor = Uri.EscapeDataString($"2026-01-01T02:40:00+01:00|{MessageId(PermittedLong, 1100)}");

        var entries = await ReadAsync(app, Permitted, Atlas, PermittedLong, $"?limit=2&before={cursor}");

        Assert.Equal(["Message 98", "Message 99"], Contents(entries));
    }

    [Fact251aeba8]
    [Rule("M3", "M5")]
    public async Task A_legacy_cursor_of_a_time_alone_keeps_the_messages_of_that_time()
    {
        await using var app = await HeadWorld.CreateAsync();

        var entries = await ReadAsync(app, Permitted, Atlas, PermittedLong, $"?limit=2&before={Uri.EscapeDataString("2026-01-01T01:40:00+00:00")}");

        Assert.Equal(["Message 99", "Message 100"], Contents(entries));
    }

    [Theory251aeba8]
    [InlineData("yesterday")]
    [InlineData("2026-13-01T00:00:00|e0000000-0014-4000-8000-000000001100")]
    [InlineData("2026-01-01T01:40:00|not-a-uuid")]
    [InlineData("2026-01-01T01:40:00|e0000000-0014-4000-8000-000000001100|x")]
    [InlineData("|e0000000-0014-4000-8000-000000001100")]
    [InlineData("2026-01-01T25:00:00")]
    [Rule("M3")]
    public async Task A_malformed_cursor_is_Clawiths_400(string cursor)
    {
        await using var app = await HeadWorld.CreateAsync();

        var response = await app.Client().As(Permitted).RestAsync(HttpMethod.Get, Page(Atlas, PermittedLong, $"?before={Uri.EscapeDataString(cursor)}"));

        AssertError(response, HttpStatusCode.BadRequest, "Invalid `before` cursor. Use '<ISO 8601>|<message UUID>'.");
    }

    [Fact251aeba8]
    [Rule("M8")]
    public async Task A_failed_runs_reply_carries_its_runtime_error_read_from_the_delivery_event()
    {
        await using var app = await HeadWorld.CreateAsync();
        Guid reply = MessageId(CreatorWeb, 2), question = MessageId(CreatorWeb, 1), run = HeadWorld.Id("f1000000", 1);
        await using (var db = await app.NewDbContextAsync())
        {
            db.Set<AgentRun>().Add(new AgentRun { Id = run, TenantId = TestWorld.Tenant, AgentId = Atlas, SessionId = CreatorWeb, CreatedAt = T0.AddHours(10) });
            AgentRunEvent Event(int n, string type, string payload) => new()
            {
                Id = HeadWorld.Id("f2000000", n), RunId = run, TenantId = TestWorld.Tenant, AgentId = Atlas, EventType = type, Summary = "Delivered.",
                Payload = payload, IdempotencyKey = $"event-{n}", CreatedAt = T0.AddHours(10).AddMinutes(n),
            };
            db.Set<AgentRunEvent>().AddRange(
                Event(1, "delivery_succeeded", $$"""{"message_id": "{{reply}}", "lifecycle_status": "failed", "failure_code": " model_timeout ", "failure_message": "The model did not answer.", "trace_id": "trace-1"}"""),
                // Not a failure, not a reply, not a delivery, or without a code: no runtime_error.
                Event(2, "delivery_succeeded", $$"""{"message_id": "{{question}}", "lifecycle_status": "failed", "failure_code": "x", "failure_message": "y"}"""),
                Event(3, "run_failed", $$"""{"message_id": "{{reply}}", "lifecycle_status": "failed", "failure_code": "other", "failure_message": "z"}"""));
            await db.SaveChangesAsync();
        }

        var entries = await ReadAsync(app, Creator, Atlas, CreatorWeb);

        Assert.False(entries[0]!.AsObject().ContainsKey("runtime_error"));
        Assert.Equal(new[] { "id", "role", "content", "created_at", "cursor", "runtime_error", "thinking", "participant_id" }, entries[1]!.Keys());
        Assert.Equal(
            $$"""{"code":"model_timeout","message":"The model did not answer.","run_id":"{{run}}","agent_id":"{{Atlas}}","stage":"execution","trace_id":"trace-1"}""",
            entries[1]!["runtime_error"]!.ToJsonString());
    }

    [Fact251aeba8]
    [Rule("M9", "M10")]
    public async Task Tool_calls_read_the_runtimes_names_its_reasoning_and_call_id_and_other_JSON_stays_text()
    {
        await using var app = await HeadWorld.CreateAsync();
        await AddMessagesAsync(app, PermittedTools, [
            (MessageId(PermittedTools, 7), ChatRole.ToolCall,
                """{"tool_name": "search", "arguments": {"q": "x"}, "result": "ok", "reasoning_content": "Because.", "tool_call_id": "call_1"}""", T0.AddHours(5).AddMinutes(6)),
            (MessageId(PermittedTools, 8), ChatRole.ToolCall, """{"name": "calc", "args": {}, "arguments": [1], "tool_call_id": ""}""", T0.AddHours(5).AddMinutes(7)),
        ]);

        var entries = await ReadAsync(app, Permitted, Atlas, PermittedTools);

        var stored = entries[1]!;
        Assert.Equal(new[] { "id", "role", "content", "created_at", "cursor", "toolName", "toolArgs", "toolStatus", "toolResult", "toolThinking", "toolCallId" },
            stored.Keys());
        Assert.Equal("", (string?)stored["content"]);
        Assert.Equal("web_search", (string?)stored["toolName"]);
        Assert.Equal("running", (string?)stored["toolStatus"]);
        Assert.Equal("", (string?)stored["toolThinking"]);
        Assert.Equal("", (string?)stored["toolCallId"]);
        var runtime = entries[6]!;
        Assert.Equal("search", (string?)runtime["toolName"]);
        Assert.Equal("""{"q":"x"}""", runtime["toolArgs"]!.ToJsonString());
        Assert.Equal("done", (string?)runtime["toolStatus"]);
        Assert.Equal("ok", (string?)runtime["toolResult"]);
        Assert.Equal("Because.", (string?)runtime["toolThinking"]);
        Assert.Equal("call_1", (string?)runtime["toolCallId"]);
        var emptyArgs = entries[7]!;
        Assert.Equal("[1]", emptyArgs["toolArgs"]!.ToJsonString());
        Assert.Equal("", (string?)emptyArgs["toolResult"]);
        Assert.Equal("", (string?)emptyArgs["toolCallId"]);
        Assert.Equal(new[] { "id", "role", "content", "created_at", "cursor" }, entries[4]!.Keys());
        Assert.Equal("""["an", "array"]""", (string?)entries[4]!["content"]);
        Assert.Equal("{not json", (string?)entries[3]!["content"]);
        // Inline tool blocks outside an a2a session stay text.
        Assert.Equal(new[] { "id", "role", "content", "created_at", "cursor" }, entries[5]!.Keys());
    }

    [Fact251aeba8]
    [Rule("M7", "M10")]
    public async Task An_a2a_reply_with_inline_tools_is_split_into_parts_that_repeat_its_id_time_and_cursor_and_name_their_sender()
    {
        await using var app = await HeadWorld.CreateWithTwoTenantsAsync();
        // A sender whose agent is in another tenant goes unnamed (M7).
        var outsider = HeadWorld.Id("b1000000", 1);
        await using (var db = await app.NewDbContextAsync())
        {
            new DemoRowWriter(db).Participant(outsider, "agent", HeadWorld.Drift, "Drift");
            await db.SaveChangesAsync();
        }
        await AddMessagesAsync(app, AtlasToBeacon, [(MessageId(AtlasToBeacon, 5), ChatRole.Assistant, "From afar.", T0.AddHours(9).AddMinutes(54))], speaker: outsider);

        var entries = await ReadAsync(app, OrgAdmin, Atlas, AtlasToBeacon);

        Assert.Equal(10, entries.Count);
        Assert.Equal("Atlas", (string?)entries[0]!["sender_name"]);
        var split = entries.Skip(1).Take(6).ToList();
        Assert.Equal(["assistant", "tool_call", "assistant", "tool_call", "tool_call", "assistant"], split.Select(e => (string)e!["role"]!));
        Assert.Equal(new[] { "role", "content", "toolName", "toolArgs", "toolStatus", "toolResult", "id", "created_at", "cursor", "sender_name", "participant_id" },
            split[1]!.Keys());
        Assert.Equal(new[] { "role", "content", "id", "created_at", "cursor", "sender_name", "participant_id" }, split[0]!.Keys());
        Assert.All(split, part =>
        {
            Assert.Equal(MessageId(AtlasToBeacon, 2).ToString(), (string?)part!["id"]);
            Assert.Equal("2026-01-01T09:51:00+00:00", (string?)part["created_at"]);
            Assert.Equal($"2026-01-01T09:51:00+00:00|{MessageId(AtlasToBeacon, 2)}", (string?)part["cursor"]);
            Assert.Equal("Beacon", (string?)part["sender_name"]);
        });
        Assert.Equal("""{"raw":"not json at all"}""", split[3]!["toolArgs"]!.ToJsonString());
        Assert.False(entries[7]!.AsObject().ContainsKey("sender_name"));
        Assert.Equal("Mentions ```tool_code but no block.", (string?)entries[8]!["content"]);
        Assert.Equal(new[] { "id", "role", "content", "created_at", "cursor", "participant_id" }, entries[9]!.Keys());
    }

    [Fact251aeba8]
    [Rule("M2", "A4", "A10")]
    public async Task Only_the_owner_or_one_who_views_all_reads_and_a_deleted_or_other_tenants_session_is_not_found()
    {
        await using var app = await HeadWorld.CreateWithTwoTenantsAsync();
        await HeadWorld.ExecuteAsync(app, "UPDATE chat_sessions SET deleted_at = updated_at WHERE id = {0}", await HeadWorld.StoredIdAsync(app, CreatorFeishu));

        AssertError(await app.Client().As(Permitted).RestAsync(HttpMethod.Get, MessagesPath(Atlas, CreatorWeb)),
            HttpStatusCode.Forbidden, "Not authorized to view this session");
        AssertError(await app.Client().As(Creator).RestAsync(HttpMethod.Get, MessagesPath(Atlas, CreatorFeishu)),
            HttpStatusCode.NotFound, "Session not found");
        AssertError(await app.Client().As(Creator).RestAsync(HttpMethod.Get, MessagesPath(Atlas, HeadWorld.DriftChat)),
            HttpStatusCode.NotFound, "Session not found");
        AssertError(await app.Client().As(HeadWorld.OtherAdmin).RestAsync(HttpMethod.Get, MessagesPath(Atlas, CreatorWeb)),
            HttpStatusCode.NotFound, "Agent not found");
        // A bad cursor is read after the access checks, as Clawith's handler reads it.
        AssertError(await app.Client().As(Permitted).RestAsync(HttpMethod.Get, Page(Atlas, CreatorWeb, "?before=nonsense")),
            HttpStatusCode.Forbidden, "Not authorized to view this session");
        // The agent's creator views all (A10): they read another's session.
        Assert.NotEmpty(await ReadAsync(app, Creator, Atlas, PermittedTools));
    }

    [Fact251aeba8]
    [Rule("M2")]
    public async Task Group_trigger_and_a2a_sessions_are_read_under_their_agent_or_a2a_peer_by_their_owner_or_one_who_views_all()
    {
        await using var app = await HeadWorld.CreateAsync();

        Assert.Equal(["Release notes ready?"], Contents(await ReadAsync(app, Creator, Atlas, CreatorGroup)));
        Assert.Equal(["Reflect on today."], Contents(await ReadAsync(app, Creator, Atlas, CreatorTrigger)));
        Assert.NotEmpty(await ReadAsync(app, OrgAdmin, Atlas, AtlasToBeacon));
        // Beacon's creator views all of Beacon's sessions, the a2a one it is the peer of included.
        Assert.NotEmpty(await ReadAsync(app, AgentAdmin, Beacon, AtlasToBeacon));
        // One who may use Atlas but views nothing of others': the trigger session is its agent creator's, the a2a one OrgAdmin's.
        AssertError(await app.Client().As(Permitted).RestAsync(HttpMethod.Get, MessagesPath(Atlas, CreatorTrigger)),
            HttpStatusCode.Forbidden, "Not authorized to view this session");
        AssertError(await app.Client().As(Permitted).RestAsync(HttpMethod.Get, MessagesPath(Atlas, AtlasToBeacon)),
            HttpStatusCode.Forbidden, "Not authorized to view this session");
        // Only an a2a session is found under its peer; any other under another agent is not found.
        AssertError(await app.Client().As(Creator).RestAsync(HttpMethod.Get, MessagesPath(Harbor, CreatorWeb)),
            HttpStatusCode.NotFound, "Session not found");
        AssertError(await app.Client().As(PlatformAdmin).RestAsync(HttpMethod.Get, MessagesPath(Atlas, HarborChat)),
            HttpStatusCode.NotFound, "Session not found");
    }

    [Fact251aeba8]
    [Rule("M6", "§7")]
    public async Task The_owners_read_marks_a_direct_session_read_and_neither_an_admins_read_nor_an_a2a_owners_does()
    {
        await using var app = await HeadWorld.CreateAsync();

        await ReadAsync(app, PlatformAdmin, Atlas, CreatorWeb);
        Assert.Null((await HeadWorld.SessionRowAsync(app, CreatorWeb)).LastReadAtByUser);
        await ReadAsync(app, OrgAdmin, Atlas, AtlasToBeacon);
        Assert.Null((await HeadWorld.SessionRowAsync(app, AtlasToBeacon)).LastReadAtByUser);
        await ReadAsync(app, Creator, Atlas, CreatorWeb, "?limit=1");
        Assert.NotNull((await HeadWorld.SessionRowAsync(app, CreatorWeb)).LastReadAtByUser);
    }

    [Fact251aeba8]
    public async Task A_page_costs_the_same_statements_whatever_its_size()
    {
        await using var app = await HeadWorld.CreateAsync();
        await ReadAsync(app, Permitted, Atlas, PermittedLong);

        var few = await CountAsync("?limit=1");
        var many = await CountAsync("?limit=500");
        var older = await CountAsync($"?limit=500&before={LongCursor(510)}");

        Assert.Equal(few, many);
        Assert.Equal(few, older);

        async Task<int> CountAsync(string query)
        {
            app.Sql.Reset();
            Assert.NotEmpty(await ReadAsync(app, Permitted, Atlas, PermittedLong, query));
            return app.Sql.Count;
        }
    }

    [Fact]
    public async Task On_225b36fd_limit_and_before_are_passed_over_and_the_latest_500_come_without_ids()
    {
        await using var app = await ClawithAppFactory.CreateAsync(SchemaGeneration.Commit225b36fd);

        var entries = await ReadAsync(app, Permitted, Atlas, PermittedLong, "?limit=0&before=nonsense");

        Assert.Equal(Enumerable.Range(20, 500).Select(i => $"Message {i}"), Contents(entries));
        Assert.Equal(new[] { "role", "content", "created_at" }, entries[0]!.Keys());
    }

    private static async Task AddMessagesAsync(
        ClawithAppFactory app, Guid sessionId, IEnumerable<(Guid Id, ChatRole Role, string Content, DateTime At)> messages, Guid? speaker = null)
    {
        await using var db = await app.NewDbContextAsync();
        var session = await db.ChatSessions.SingleAsync(s => s.Id == sessionId);
        var rows = new DemoRowWriter(db, session.TenantId);
        foreach (var (id, role, content, at) in messages)
            rows.Message(session, id, role, content, at, speaker);
        await db.SaveChangesAsync();
    }
}
