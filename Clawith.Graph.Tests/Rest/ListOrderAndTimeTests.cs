using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;

namespace Clawith.Graph.Tests.Rest;

/// <summary>The listings' order and their times, written as Python's <c>datetime.isoformat()</c> writes a UTC time.</summary>
public sealed class ListOrderAndTimeTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Theory]
    [InlineData("mine")]
    [InlineData("all")]
    public async Task Sessions_with_the_same_last_message_at_come_newest_created_first(string scope)
    {
        var caller = scope == "mine" ? Creator : PlatformAdmin;
        var sessions = (await app.Client().As(caller).ListAsync(Atlas, scope)).Array();

        var ids = sessions.Ids();
        Assert.Equal(ids.IndexOf(CreatorTie) + 1, ids.IndexOf(CreatorFeishu));
        Assert.Equal("2026-01-01T08:00:00+00:00", (string?)sessions.Session(CreatorTie)["last_message_at"]);
        Assert.Equal("2026-01-01T08:00:00+00:00", (string?)sessions.Session(CreatorFeishu)["last_message_at"]);
        Assert.Equal("2026-01-01T03:00:00+00:00", (string?)sessions.Session(CreatorTie)["created_at"]);
        Assert.Equal("2026-01-01T02:00:00+00:00", (string?)sessions.Session(CreatorFeishu)["created_at"]);
    }

    [Fact]
    public async Task A_session_with_messages_but_no_last_message_at_comes_last_with_a_null()
    {
        var sessions = (await app.Client().As(PlatformAdmin).ListAsync(Atlas, "all")).Array();

        Assert.Equal(PermittedUndated, sessions.Ids()[^1]);
        var undated = sessions.Session(PermittedUndated);
        Assert.True(undated.ContainsKey("last_message_at"));
        Assert.Null(undated["last_message_at"]);
    }

    [Fact]
    public async Task Whole_second_times_are_written_without_a_fraction_and_with_the_UTC_offset()
    {
        var session = (await app.Client().As(Creator).ListAsync(Atlas)).Array().Session(CreatorWeb);

        Assert.Equal("2026-01-01T01:00:00+00:00", (string?)session["created_at"]);
        Assert.Equal("2026-01-01T10:01:00+00:00", (string?)session["last_message_at"]);
    }

    [Fact]
    public async Task A_time_with_a_fraction_of_a_second_is_written_with_six_digits()
    {
        await using var fresh = await ClawithAppFactory.CreateAsync();
        var sessionId = Guid.Parse("c1000000-0000-4000-8000-000000000010");
        await RestRows.AddAsync(fresh, rows =>
        {
            var session = rows.Session(sessionId, Atlas, Creator, "Fractions", "web", T0.AddHours(20).AddMilliseconds(250));
            rows.Message(session, Guid.NewGuid(), ChatRole.User, "Tick.", T0.AddHours(21).AddTicks(10)); // one microsecond
        });

        var session = (await fresh.Client().As(Creator).ListAsync(Atlas)).Array().Session(sessionId);

        Assert.Equal("2026-01-01T20:00:00.250000+00:00", (string?)session["created_at"]);
        Assert.Equal("2026-01-01T21:00:00.000001+00:00", (string?)session["last_message_at"]);
    }
}
