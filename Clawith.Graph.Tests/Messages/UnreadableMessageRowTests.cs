using System.Net;
using System.Text.Json.Nodes;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Observability;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Clawith.Graph.Tests.Messages;

/// <summary>
/// A message row that cannot be read at all (an id that is not a UUID, a created_at that is not a time)
/// is left out of its page, with an UNREADABLE_ROW error at the messages field's path; the rest of the
/// page and the session stand, over GraphQL and REST, and the server logs what it left out. Such rows
/// exist only on SQLite (PostgreSQL's uuid and timestamptz columns refuse them): these tests skip there.
/// </summary>
public sealed class UnreadableMessageRowTests : IAsyncLifetime
{
    private static readonly string WebMessages = $$"""
        { session(agentId: "{{TestWorld.Atlas}}", id: "{{TestWorld.CreatorWeb}}") { title messages { nodes { content } } } }
        """;

    private ClawithAppFactory _app = null!;

    public async Task InitializeAsync() => _app = await ClawithAppFactory.CreateAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [SqliteFact]
    public async Task A_message_whose_created_at_is_not_a_time_is_left_out_with_an_error_at_the_messages_path()
    {
        await MangledRows.AddMessageAsync(_app, Guid.NewGuid().ToString(), TestWorld.CreatorWeb, "yesterday", "Mangled time");

        var response = await _app.Client().As(TestWorld.Creator).PostAsync(WebMessages);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Trip planning", (string?)response.Data!["session"]!["title"]);
        Assert.Equal(["Plan a weekend in Lisbon.", "Alfama first, then Belém."], Contents(response.Data!["session"]!));
        var error = Assert.Single(response.Errors)!;
        Assert.Equal("UNREADABLE_ROW", (string?)error["extensions"]!["code"]);
        Assert.Equal("""["session","messages"]""", error["path"]!.ToJsonString());
        Assert.Contains("its created_at 'yesterday' is not a time", (string?)error["message"]);
        response.ShouldNotLeakInternals();
    }

    [SqliteFact]
    public async Task A_message_whose_id_is_not_a_uuid_is_left_out_with_an_error_naming_the_id()
    {
        await MangledRows.AddMessageAsync(_app, "not-a-uuid", TestWorld.CreatorWeb, "2026-01-01 10:00:30", "Mangled id");

        var response = await _app.Client().As(TestWorld.Creator).PostAsync(WebMessages);

        Assert.Equal(["Plan a weekend in Lisbon.", "Alfama first, then Belém."], Contents(response.Data!["session"]!));
        var error = Assert.Single(response.Errors)!;
        Assert.Equal("UNREADABLE_ROW", (string?)error["extensions"]!["code"]);
        Assert.Equal("A stored message could not be read and is left out of this list (id 'not-a-uuid': its id 'not-a-uuid' is not a UUID).",
            (string?)error["message"]);
        response.ShouldNotLeakInternals();
    }

    [SqliteFact]
    public async Task Rest_answers_the_rest_of_the_session_and_logs_what_it_left_out()
    {
        await MangledRows.AddMessageAsync(_app, "not-a-uuid", TestWorld.CreatorWeb, "2026-01-01 10:00:30", "Mangled id");
        var logs = new CapturedLogs();
        await using var host = _app.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(logs))));
        using var http = host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", _app.TokenFor(TestWorld.Creator));

        var response = await http.GetAsync($"/api/agents/{TestWorld.Atlas}/sessions/{TestWorld.CreatorWeb}/messages");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal(["Plan a weekend in Lisbon.", "Alfama first, then Belém."], entries.Select(entry => (string?)entry!["content"]));
        var line = Assert.Single(logs.Lines, line => line.Message.StartsWith("Left out a chat_messages row", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Equal("Left out a chat_messages row that could not be read: id 'not-a-uuid', its id 'not-a-uuid' is not a UUID", line.Message);
    }

    [SqliteFact]
    public async Task Paging_forward_over_an_unreadable_row_reaches_every_readable_message_once()
    {
        await MangledRows.AddMessageAsync(_app, "not-a-uuid", TestWorld.PermittedLong, "2026-01-01 00:02:30", "Mangled id");
        var client = _app.Client().As(TestWorld.Permitted);
        var seen = new List<string?>();
        var errors = 0;
        string? after = null;
        for (var hasNext = true; hasNext;)
        {
            var response = await client.PostAsync("""
                query($agentId: UUID!, $id: UUID!, $after: String) {
                  session(agentId: $agentId, id: $id) { messages(first: 2, after: $after) { nodes { content } pageInfo { hasNextPage endCursor } } }
                }
                """, new { agentId = TestWorld.Atlas, id = TestWorld.PermittedLong, after });
            errors += response.Errors.Count;
            var messages = response.Data!["session"]!["messages"]!;
            seen.AddRange(messages["nodes"]!.AsArray().Select(node => (string?)node!["content"]));
            (hasNext, after) = ((bool)messages["pageInfo"]!["hasNextPage"]!, (string?)messages["pageInfo"]!["endCursor"] ?? after);
        }

        Assert.Equal(Enumerable.Range(0, TestWorld.LongChatLength).Select(i => $"Message {i}"), seen);
        Assert.Equal(1, errors);
    }

    [SqliteFact]
    public async Task In_a_listing_the_error_is_at_the_path_of_the_session_whose_page_left_the_row_out()
    {
        await MangledRows.AddMessageAsync(_app, "not-a-uuid", TestWorld.CreatorWeb, "2026-01-01 10:00:30", "Mangled id");

        var response = await _app.Client().As(TestWorld.PlatformAdmin).PostAsync($$"""
            { sessions(agentId: "{{TestWorld.Atlas}}", scope: ALL, first: 100) { nodes { id messages(last: 5) { nodes { content } } } } }
            """);

        var nodes = response.Data!["sessions"]!["nodes"]!.AsArray();
        var web = nodes.Select((node, index) => (Node: node!, Index: index)).Single(n => (string?)n.Node["id"] == TestWorld.CreatorWeb.ToString());
        Assert.Equal(["Plan a weekend in Lisbon.", "Alfama first, then Belém."], Contents(web.Node));
        var error = Assert.Single(response.Errors)!;
        Assert.Equal($"""["sessions","nodes",{web.Index},"messages"]""", error["path"]!.ToJsonString());
        Assert.All(nodes, node => Assert.NotEmpty(node!["messages"]!["nodes"]!.AsArray()));
    }

    private static IEnumerable<string?> Contents(JsonNode session) =>
        session["messages"]!["nodes"]!.AsArray().Select(node => (string?)node!["content"]);
}
