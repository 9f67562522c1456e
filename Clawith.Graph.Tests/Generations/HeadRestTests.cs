using System.Net;
using Clawith.Graph.Data.Generations;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Generations;

/// <summary>The REST routes on Clawith 251aeba8's schema: SessionOut's unread_count and is_primary (RULES L9, C6), reading marks read (M6).</summary>
public sealed class HeadRestTests
{
    private static string Sessions(string scope) => $"/api/agents/{TestWorld.Atlas}/sessions?scope={scope}";

    private static string Messages(Guid session) => $"/api/agents/{TestWorld.Atlas}/sessions/{session}/messages";

    [Fact]
    [Rule("L6", "L9", "M6", "§7")]
    public async Task SessionOut_carries_unread_count_and_is_primary_and_the_owners_read_clears_the_count()
    {
        await using var app = await HeadWorld.CreateAsync();
        await HeadWorld.ExecuteAsync(app, "UPDATE chat_sessions SET is_primary = true WHERE id = {0}", await HeadWorld.StoredIdAsync(app, TestWorld.CreatorWeb));
        var creator = app.Client().As(TestWorld.Creator);

        var before = (await creator.RestAsync(HttpMethod.Get, Sessions("mine"))).Json.AsArray();
        var read = await creator.RestAsync(HttpMethod.Get, Messages(TestWorld.CreatorWeb));
        var after = (await creator.RestAsync(HttpMethod.Get, Sessions("mine"))).Json.AsArray();

        var web = before.Single(s => (string?)s!["id"] == TestWorld.CreatorWeb.ToString())!;
        Assert.Equal(1, (int)web["unread_count"]!);
        Assert.True((bool)web["is_primary"]!);
        Assert.All(before, s => Assert.False((bool)s!["is_primary"]! && (string?)s["id"] != TestWorld.CreatorWeb.ToString()));
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal(0, (int)after.Single(s => (string?)s!["id"] == TestWorld.CreatorWeb.ToString())!["unread_count"]!);
        Assert.NotNull((await HeadWorld.SessionRowAsync(app, TestWorld.CreatorWeb)).LastReadAtByUser);
    }

    [Fact]
    [Rule("L6", "M6")]
    public async Task An_admin_reading_someone_elses_session_leaves_its_read_mark_alone()
    {
        await using var app = await HeadWorld.CreateAsync();

        var read = await app.Client().As(TestWorld.PlatformAdmin).RestAsync(HttpMethod.Get, Messages(TestWorld.CreatorWeb));
        var all = (await app.Client().As(TestWorld.PlatformAdmin).RestAsync(HttpMethod.Get, Sessions("all"))).Json.AsArray();

        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Null((await HeadWorld.SessionRowAsync(app, TestWorld.CreatorWeb)).LastReadAtByUser);
        // Another user's sessions count 0 for the caller (L6).
        Assert.All(all, s => Assert.Equal(0, (int)s!["unread_count"]!));
    }

    [Fact]
    [Rule("C4", "C6")]
    public async Task A_created_session_answers_its_primacy_and_nothing_unread()
    {
        await using var app = await HeadWorld.CreateAsync();

        var created = await app.Client().As(TestWorld.Stranger).RestAsync(HttpMethod.Post, $"/api/agents/{TestWorld.Harbor}/sessions", new { });

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.True((bool)created.Json["is_primary"]!);
        Assert.Equal(0, (int)created.Json["unread_count"]!);
    }

    [Fact]
    public async Task On_225b36fd_SessionOut_is_the_seeds()
    {
        await using var app = await ClawithAppFactory.CreateAsync(SchemaGeneration.Commit225b36fd);

        var mine = (await app.Client().As(TestWorld.Creator).RestAsync(HttpMethod.Get, Sessions("mine"))).Json.AsArray();

        Assert.All(mine, s =>
        {
            Assert.False(s!.AsObject().ContainsKey("unread_count"));
            Assert.False(s.AsObject().ContainsKey("is_primary"));
        });
    }
}
