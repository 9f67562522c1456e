using Clawith.Graph.Data;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Snapshooter.Xunit;

namespace Clawith.Graph.Tests.Agreement;

/// <summary>A session created through one API is the same session through the other.</summary>
public sealed class CreateAgreementTests
{
    [Fact]
    public async Task A_session_created_through_rest_reads_the_same_through_graphql()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var client = app.As("creator");

        var created = await client.RestCreateAsync(TestWorld.Atlas, new { title = "From REST" });
        var id = Guid.Parse((string)created.Json["id"]!);
        var graph = await SessionById.GraphAsync(client, TestWorld.Atlas, id);

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Agree.Same(Outcome.Answered([SessionRows.FromRest(created.Json)]), graph, "a session created through REST");
        GenerationSnapshot.Match(created.Snapshot, o => o.IgnoreField("id").IgnoreField("created_at"));
    }

    [Fact]
    public async Task A_session_created_through_graphql_reads_the_same_through_rest()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var client = app.As("creator");

        var payload = (await client.GraphCreateAsync(TestWorld.Atlas, "From GraphQL")).ShouldSucceed().Data!["createSession"]!;
        var id = Guid.Parse((string)payload["session"]!["id"]!);
        var restMessages = await SessionMessages.RestAsync(client, TestWorld.Atlas, id);
        var graphMessages = await SessionMessages.GraphAsync(app, client, TestWorld.Atlas, id);
        await AddUserMessageAsync(app, id);
        var restListed = (await Listings.RestAsync(client, TestWorld.Atlas, "mine")).Only(id);
        var graphListed = (await Listings.GraphAsync(client, TestWorld.Atlas, "mine")).Only(id);

        Agree.Same(restMessages, graphMessages, "the messages of a session created through GraphQL");
        Assert.Empty(restMessages.Items);
        Agree.Same(restListed, graphListed, "the MINE row of a session created through GraphQL");
        var row = Assert.Single(restListed.Items);
        Assert.Equal("From GraphQL", (string?)row["title"]);
        Assert.Equal(Wire.Instant(payload["session"]!["createdAt"])!.ToString(), (string?)row["created_at"]);
        Assert.Equal(1, (int?)row["message_count"]);
    }

    [Fact]
    [Rule("C1", "C5")]
    public async Task Both_title_a_session_created_without_one_by_the_minute_it_was_created()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var client = app.As("creator");

        JsonNode[] rest =
        [
            (await client.RestCreateAsync(TestWorld.Atlas, body: null)).Json,
            (await client.RestCreateAsync(TestWorld.Atlas, new { })).Json,
            (await client.RestCreateAsync(TestWorld.Atlas, new { title = (string?)null })).Json,
        ];
        var graph = (await client.GraphCreateAsync(TestWorld.Atlas, title: null)).ShouldSucceed().Data!["createSession"]!["session"]!;

        foreach (var (title, createdAt) in rest.Select(r => (r["title"], r["created_at"])).Append((graph["title"], graph["createdAt"])))
            Assert.Equal($"Session {DateTimeOffset.Parse((string)createdAt!, CultureInfo.InvariantCulture).UtcDateTime:MM-dd HH:mm}", (string?)title);
    }

    private static async Task AddUserMessageAsync(ClawithAppFactory app, Guid sessionId)
    {
        await using var db = await app.NewDbContextAsync();
        var session = await db.ChatSessions.SingleAsync(s => s.Id == sessionId);
        new DemoRowWriter(db).Message(session, Guid.NewGuid(), ChatRole.User, "Hello from the new session.", session.CreatedAt.AddMinutes(1));
        await db.SaveChangesAsync();
    }
}
