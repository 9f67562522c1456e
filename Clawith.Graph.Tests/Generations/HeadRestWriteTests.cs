using System.Net;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;
using static Clawith.Graph.Tests.Rest.RestCalls;

namespace Clawith.Graph.Tests.Generations;

/// <summary>
/// REST's create, rename and delete on Clawith 251aeba8: the bodies they take (RULES C1, R1), what rename answers
/// (R3), and a delete that never removes the row, so nothing of a hard delete's cascade happens (D5).
/// </summary>
public sealed class HeadRestWriteTests
{
    [Fact251aeba8]
    [Rule("C1", "C5")]
    public async Task Create_takes_the_SPAs_empty_body_no_body_or_a_title_and_refuses_a_caller_without_use_of_the_agent()
    {
        await using var app = await HeadWorld.CreateAsync();
        var stranger = app.Client().As(Stranger);

        var empty = (await stranger.CreateAsync(Harbor, new { })).Object(HttpStatusCode.Created);
        var none = (await stranger.CreateAsync(Harbor)).Object(HttpStatusCode.Created);
        var titled = (await stranger.CreateAsync(Harbor, new { title = "Named" })).Object(HttpStatusCode.Created);

        // Without a title, "Session %m-%d %H:%M" of the creation time in UTC (C5).
        var row = await HeadWorld.SessionRowAsync(app, Guid.Parse((string)empty["id"]!));
        Assert.Equal($"Session {row.CreatedAt:MM-dd HH:mm}", (string?)empty["title"]);
        Assert.StartsWith("Session ", (string?)none["title"]);
        Assert.Equal("Named", (string?)titled["title"]);
        Assert.All(new[] { empty, none, titled }, created => Assert.Equal(Stranger.ToString(), (string?)created["user_id"]));
        AssertError(await stranger.CreateAsync(Atlas, new { }), HttpStatusCode.Forbidden, "No access to this agent");
        AssertError(await stranger.CreateAsync(Beacon, new { }), HttpStatusCode.Forbidden, "No access to this agent");
    }

    [Fact251aeba8]
    [Rule("R1", "R3")]
    public async Task Rename_requires_a_title_keeps_one_of_200_characters_and_answers_the_id_and_title()
    {
        await using var app = await HeadWorld.CreateAsync();
        var creator = app.Client().As(Creator);
        var longest = new string('t', 200);

        AssertUnprocessable(await creator.RenameAsync(Atlas, CreatorWeb, new { }));
        var renamed = (await creator.RenameAsync(Atlas, CreatorWeb, new { title = longest })).Object();
        var tooLong = await creator.RenameAsync(Atlas, CreatorWeb, new { title = longest + "t" });

        Assert.Equal(new[] { "id", "title" }, renamed.Keys());
        Assert.Equal(CreatorWeb.ToString(), (string?)renamed["id"]);
        Assert.Equal(longest, (string?)renamed["title"]);
        // The column holds 200 characters: a longer title is not stored (Clawith's database refuses it).
        Assert.False(tooLong.Status is >= HttpStatusCode.OK and < HttpStatusCode.MultipleChoices);
        Assert.Equal(longest, (await HeadWorld.SessionRowAsync(app, CreatorWeb)).Title);
    }

    [Fact251aeba8]
    [Rule("D5")]
    public async Task A_deleted_session_keeps_its_row_so_its_runs_keep_their_session()
    {
        await using var app = await HeadWorld.CreateAsync();
        var run = HeadWorld.Id("f3000000", 1);
        await using (var db = await app.NewDbContextAsync())
        {
            db.Set<AgentRun>().Add(new AgentRun { Id = run, TenantId = TestWorld.Tenant, AgentId = Atlas, SessionId = CreatorWeb, RunKind = "background", CreatedAt = T0 });
            await db.SaveChangesAsync();
        }

        var deleted = await app.Client().As(Creator).DeleteAsync(Atlas, CreatorWeb);

        // Only a hard delete would null agent_runs.session_id (its foreign key's ON DELETE SET NULL); Clawith never does one.
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.NotNull((await HeadWorld.SessionRowAsync(app, CreatorWeb)).DeletedAt);
        await using var read = await app.NewDbContextAsync();
        Assert.Equal(CreatorWeb, (await read.Set<AgentRun>().AsNoTracking().SingleAsync(r => r.Id == run)).SessionId);
    }
}
