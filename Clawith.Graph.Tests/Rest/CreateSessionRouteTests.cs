using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;
using static Clawith.Graph.Tests.Rest.RestCalls;
using Clawith.Graph.Tests.Generations;

namespace Clawith.Graph.Tests.Rest;

/// <summary>POST sessions: 201 with the new web session of the caller as SessionOut, stored.</summary>
public sealed partial class CreateSessionRouteTests
{
    [Fact225b36fd(Reversals.SessionOutUnread, typeof(HeadRestTests), nameof(HeadRestTests.A_created_session_answers_its_primacy_and_nothing_unread))]
    public async Task Create_answers_201_with_the_new_session_as_SessionOut()
    {
        await using var app = await ClawithAppFactory.CreateAsync();

        var response = await app.Client().As(Permitted).CreateAsync(Atlas, new { title = "Road trip" });

        var session = response.Object(HttpStatusCode.Created);
        Snapshot.Match(response.Snapshot, o => o.IgnoreField("id").IgnoreField("created_at"));
        Assert.Equal(SessionOutFields, session.Keys());
        Assert.Equal("Road trip", (string?)session["title"]);
        Assert.Equal(Permitted.ToString(), (string?)session["user_id"]);
        Assert.Equal(Atlas.ToString(), (string?)session["agent_id"]);
        Assert.Null(session["username"]);
        Assert.Equal("web", (string?)session["source_channel"]);
        Assert.Null(session["last_message_at"]);
        Assert.Equal(0, (int)session["message_count"]!);
        Assert.Equal("user", (string?)session["participant_type"]);
        Assert.False((bool)session["is_group"]!);
        Assert.Matches(IsoTime(), (string)session["created_at"]!);
    }

    [Fact]
    public async Task Create_stores_the_row_it_returns()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var before = DateTime.UtcNow;

        var session = (await app.Client().As(Permitted).CreateAsync(Atlas, new { title = "Road trip" })).Object(HttpStatusCode.Created);

        var row = await StoredSessions.FindAsync(app, Guid.Parse((string)session["id"]!));
        Assert.NotNull(row);
        Assert.Equal(Atlas, row.AgentId);
        Assert.Equal(Permitted, row.UserId);
        Assert.Equal("Road trip", row.Title);
        Assert.Equal("web", row.SourceChannel);
        Assert.False(row.IsGroup);
        Assert.Null(row.PeerAgentId);
        Assert.Null(row.LastMessageAt);
        Assert.InRange(row.CreatedAt, before.AddSeconds(-1), DateTime.UtcNow);
        Assert.Equal(PythonIsoFormat(row.CreatedAt), (string?)session["created_at"]);
        Assert.Equal(0, await StoredSessions.MessageCountAsync(app, row.Id));
    }

    [Fact]
    public async Task Create_trims_the_title_and_accepts_200_characters()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var client = app.Client().As(Permitted);
        var longest = new string('t', 200);

        var padded = (await client.CreateAsync(Atlas, new { title = "  Padded  " })).Object(HttpStatusCode.Created);
        var full = (await client.CreateAsync(Atlas, new { title = longest })).Object(HttpStatusCode.Created);

        Assert.Equal("Padded", (string?)padded["title"]);
        Assert.Equal("Padded", (await StoredSessions.FindAsync(app, Guid.Parse((string)padded["id"]!)))!.Title);
        Assert.Equal(longest, (string?)full["title"]);
    }

    /// <summary>Clawith's REST module's <c>body.title or f"Session {now:%m-%d %H:%M}"</c>, for every way of sending no title.</summary>
    [Theory]
    [InlineData(null, null)]                 // no body at all
    [InlineData("", "application/json")]     // an empty JSON body
    [InlineData("{}", "application/json")]
    [InlineData("""{"title": null}""", "application/json")]
    [InlineData("""{"other": "ignored"}""", "application/json")]
    public async Task Create_without_a_title_names_the_session_after_the_UTC_minute(string? body, string? contentType)
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var client = app.Client().As(Permitted);
        var before = DateTime.UtcNow;

        var response = body is null
            ? await client.CreateAsync(Atlas)
            : await client.SendRawAsync(HttpMethod.Post, SessionsPath(Atlas), body, contentType);

        var session = response.Object(HttpStatusCode.Created);
        var title = (string)session["title"]!;
        Assert.Matches(@"^Session \d{2}-\d{2} \d{2}:\d{2}$", title);
        Assert.Contains(title, MinuteTitles(before, DateTime.UtcNow));
        var row = await StoredSessions.FindAsync(app, Guid.Parse((string)session["id"]!));
        Assert.Equal($"Session {row!.CreatedAt.ToString("MM-dd HH:mm", CultureInfo.InvariantCulture)}", row.Title);
        Assert.Equal(title, row.Title);
    }

    [Fact]
    public async Task Create_is_refused_without_access_to_the_agent_and_stores_nothing()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var sessionsBefore = await StoredSessions.CountAsync(app);

        var refused = await app.Client().As(Stranger).CreateAsync(Atlas, new { title = "Sneaky" });
        var missing = await app.Client().As(PlatformAdmin).CreateAsync(Missing, new { title = "Nowhere" });

        AssertError(refused, HttpStatusCode.Forbidden, "No access to this agent");
        AssertError(missing, HttpStatusCode.NotFound, "Agent not found");
        Assert.Equal(sessionsBefore, await StoredSessions.CountAsync(app));
    }

    private static List<string> MinuteTitles(DateTime from, DateTime to)
    {
        var titles = new List<string>();
        for (var minute = from.AddTicks(-(from.Ticks % TimeSpan.TicksPerMinute)); minute <= to; minute = minute.AddMinutes(1))
            titles.Add($"Session {minute.ToString("MM-dd HH:mm", CultureInfo.InvariantCulture)}");
        return titles;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?\+00:00$")]
    private static partial Regex IsoTime();
}
