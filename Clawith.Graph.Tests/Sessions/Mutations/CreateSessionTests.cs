using System.Globalization;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Sessions.Listing;
using Snapshooter.Xunit;

namespace Clawith.Graph.Tests.Sessions.Mutations;

/// <summary>createSession: a new web session of the caller with the agent, returned and stored.</summary>
public sealed class CreateSessionTests
{
    private const string Mutation = "createSession";

    [Fact]
    public async Task Create_returns_a_web_session_of_the_caller_with_the_agent_and_a_trimmed_title()
    {
        await using var app = await ClawithAppFactory.CreateAsync();

        var response = await app.Client().As(TestWorld.Permitted).CreateSessionAsync(new { agentId = TestWorld.Atlas, title = "  Padded  " });

        var session = PayloadAssert.Succeeded(response, Mutation)["session"]!;
        Assert.Equal("Padded", (string?)session["title"]);
        Assert.Equal(TestWorld.Permitted.ToString(), (string?)session["user"]!["id"]);
        Assert.Equal(TestWorld.Atlas.ToString(), (string?)session["agent"]!["id"]);
        Assert.Equal("web", (string?)session["sourceChannel"]);
        Assert.False((bool)session["isGroup"]!);
        Assert.Equal("USER", (string?)session["participantType"]);
        Assert.Equal(0, (int)session["messageCount"]!);
        Assert.Null(session["lastMessageAt"]);
        Snapshot.Match(response.Snapshot, o => o
            .IgnoreField("data.createSession.session.id")
            .IgnoreField("data.createSession.session.createdAt"));
    }

    [Fact]
    public async Task Create_stores_the_row_it_returns()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var before = DateTime.UtcNow;

        var response = await app.Client().As(TestWorld.Permitted).CreateSessionAsync(new { agentId = TestWorld.Atlas, title = "  Padded  " });

        var session = PayloadAssert.Succeeded(response, Mutation)["session"]!;
        var id = Guid.Parse((string)session["id"]!);
        var row = await StoredSessions.FindAsync(app, id);
        Assert.NotNull(row);
        Assert.Equal(TestWorld.Atlas, row.AgentId);
        Assert.Equal(TestWorld.Permitted, row.UserId);
        Assert.Equal("Padded", row.Title);
        Assert.Equal("web", row.SourceChannel);
        Assert.False(row.IsGroup);
        Assert.Null(row.GroupName);
        Assert.Null(row.PeerAgentId);
        Assert.Null(row.LastMessageAt);
        Assert.InRange(row.CreatedAt, before.AddSeconds(-1), DateTime.UtcNow);
        Assert.Equal(row.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'", CultureInfo.InvariantCulture), (string?)session["createdAt"]);
        Assert.Equal(0, await StoredSessions.MessageCountAsync(app, id));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Create_without_a_title_names_the_session_after_the_UTC_minute_it_was_created(bool explicitNull)
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var before = DateTime.UtcNow;

        object input = explicitNull ? new { agentId = TestWorld.Atlas, title = (string?)null } : new { agentId = TestWorld.Atlas };
        var response = await app.Client().As(TestWorld.Permitted).CreateSessionAsync(input);

        var after = DateTime.UtcNow;
        var session = PayloadAssert.Succeeded(response, Mutation)["session"]!;
        var title = (string)session["title"]!;
        Assert.Matches(@"^Session \d{2}-\d{2} \d{2}:\d{2}$", title);
        Assert.Contains(title, DefaultTitlesBetween(before, after));
        var row = await StoredSessions.FindAsync(app, Guid.Parse((string)session["id"]!));
        Assert.Equal(title, row!.Title);
        Assert.Equal($"Session {row.CreatedAt.ToString("MM-dd HH:mm", CultureInfo.InvariantCulture)}", title);
    }

    [Fact]
    public async Task A_new_session_is_not_yet_in_mine_as_it_has_no_user_message()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var client = app.Client().As(TestWorld.Permitted);
        var mineBefore = await client.MineIdsAsync(TestWorld.Atlas);

        var response = await client.CreateSessionAsync(new { agentId = TestWorld.Atlas, title = "Fresh" });

        var id = (string)PayloadAssert.Succeeded(response, Mutation)["session"]!["id"]!;
        var mineAfter = await client.MineIdsAsync(TestWorld.Atlas);
        Assert.NotEmpty(mineBefore);
        Assert.DoesNotContain(id, mineAfter);
        Assert.Equal(mineBefore, mineAfter);
    }

    /// <summary>"Session MM-dd HH:mm" for every UTC minute from the one holding <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static List<string> DefaultTitlesBetween(DateTime from, DateTime to)
    {
        var titles = new List<string>();
        for (var minute = from.AddTicks(-(from.Ticks % TimeSpan.TicksPerMinute)); minute <= to; minute = minute.AddMinutes(1))
            titles.Add($"Session {minute.ToString("MM-dd HH:mm", CultureInfo.InvariantCulture)}");
        return titles;
    }
}
