using System.Net;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Observability;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Clawith.Graph.Tests.Sessions.Listing;

/// <summary>
/// A session row that cannot be read at all (an id that is not a UUID, a created_at that is not a time) is
/// left out of the listing, with an UNREADABLE_ROW error at the list's path; every other session is listed,
/// over GraphQL and REST, and the server logs what it left out. SQLite only: PostgreSQL's uuid and
/// timestamptz columns refuse such rows.
/// </summary>
public sealed class UnreadableSessionRowTests : IAsyncLifetime
{
    private ClawithAppFactory _app = null!;

    public async Task InitializeAsync() => _app = await ClawithAppFactory.CreateAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [SqliteTheory]
    [InlineData("not-a-uuid", "2026-01-01 03:30:00", "its id 'not-a-uuid' is not a UUID")]
    [InlineData("c0000000-0000-4000-8000-000000000077", "the first of May", "its created_at 'the first of May' is not a time")]
    public async Task The_all_listing_lists_every_other_session_and_says_which_it_left_out(string id, string createdAt, string reason)
    {
        var before = await AllTitlesAsync();
        await MangledRows.AddSessionAsync(_app, id, createdAt, "2026-01-01 23:00:00", "Mangled");

        var response = await _app.Client().As(TestWorld.PlatformAdmin).PostAsync($$"""
            { sessions(agentId: "{{TestWorld.Atlas}}", scope: ALL, first: 100) { nodes { title } } }
            """);

        Assert.Equal(before, Titles(response));
        var error = Assert.Single(response.Errors)!;
        Assert.Equal("UNREADABLE_ROW", (string?)error["extensions"]!["code"]);
        Assert.Equal("""["sessions"]""", error["path"]!.ToJsonString());
        Assert.Equal($"A stored session could not be read and is left out of this list (id '{id}': {reason}).", (string?)error["message"]);
        response.ShouldNotLeakInternals();
    }

    [SqliteFact]
    public async Task Agent_sessions_reports_it_at_its_own_path()
    {
        await MangledRows.AddSessionAsync(_app, "not-a-uuid", "2026-01-01 03:30:00", "2026-01-01 23:00:00", "Mangled");

        var response = await _app.Client().As(TestWorld.Creator).PostAsync($$"""
            { agent(id: "{{TestWorld.Atlas}}") { sessions { nodes { title } } } }
            """);

        Assert.DoesNotContain("Mangled", Titles(response, "agent"));
        Assert.Equal("""["agent","sessions"]""", Assert.Single(response.Errors)!["path"]!.ToJsonString());
    }

    [SqliteFact]
    public async Task Rest_lists_every_other_session_and_logs_what_it_left_out()
    {
        await MangledRows.AddSessionAsync(_app, "not-a-uuid", "2026-01-01 03:30:00", "2026-01-01 23:00:00", "Mangled");
        var logs = new CapturedLogs();
        await using var host = _app.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(logs))));
        using var http = host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", _app.TokenFor(TestWorld.Creator));

        using var response = await http.GetAsync($"/api/agents/{TestWorld.Atlas}/sessions?scope=mine");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var titles = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray().Select(s => (string?)s!["title"]).ToList();
        Assert.Contains("Trip planning", titles);
        Assert.DoesNotContain("Mangled", titles);
        Assert.Contains(logs.Lines, line => line.Level == LogLevel.Warning
            && line.Message == "Left out a chat_sessions row that could not be read: id 'not-a-uuid', its id 'not-a-uuid' is not a UUID");
    }

    private async Task<List<string?>> AllTitlesAsync() => Titles(await _app.Client().As(TestWorld.PlatformAdmin).PostAsync($$"""
        { sessions(agentId: "{{TestWorld.Atlas}}", scope: ALL, first: 100) { nodes { title } } }
        """));

    private static List<string?> Titles(GraphResponse response, string? parent = null)
    {
        var sessions = parent is null ? response.Data!["sessions"]! : response.Data![parent]!["sessions"]!;
        return [.. sessions["nodes"]!.AsArray().Select(node => (string?)node!["title"])];
    }
}
