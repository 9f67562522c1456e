using Clawith.Graph.Data;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;
using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Clawith.Graph.Tests.Resilience;

/// <summary>
/// Writes that conflict: several clients (the owner in some tabs, a platform admin in others) rename
/// and delete the same sessions at once, through GraphQL and REST.
/// </summary>
public sealed class RacingWritesTests(ITestOutputHelper output)
{
    private const int Sessions = 40;
    private const int Racers = 8;
    private const int Rounds = 60;

    [Fact]
    public async Task Clients_racing_on_the_same_sessions_get_no_5xx_each_delete_lands_once_and_every_title_was_acknowledged()
    {
        await using var world = await ClawithAppFactory.CreateAsync();
        var failures = new TransientFailureCounter();
        await using var server = ServerUnderTest.On(world, failures);
        var contested = await SeedAsync(world);
        var recorder = new SoakRecorder();
        var renamed = new ConcurrentBag<(Guid Session, string Title)>();
        var deleted = new ConcurrentBag<Guid>();
        var renamedGone = new ConcurrentBag<Guid>();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, Racers).Select(racer => Task.Run(async () =>
        {
            var random = new Random(racer);
            var api = new SessionApi(SoakWorld.SignedIn(world, server, racer % 2 == 0 ? TestWorld.Creator : TestWorld.PlatformAdmin), TestWorld.Atlas);
            for (var round = 0; round < Rounds; round++)
            {
                var session = contested[random.Next(contested.Count)];
                var door = random.Next(2) == 0 ? Door.GraphQL : Door.Rest;
                var call = $"racer {racer} round {round} via {door}";
                var renaming = random.Next(100) < 90;
                var answer = renaming ? await api.RenameAsync(door, session, call) : await api.DeleteAsync(door, session);
                recorder.Record(answer, door, call);
                switch (renaming, answer.Ack)
                {
                    case (true, Ack.Done):
                        renamed.Add((session, answer.Title!));
                        break;
                    case (true, Ack.NotFound):
                        renamedGone.Add(session);
                        break;
                    case (false, Ack.Done):
                        deleted.Add(session);
                        break;
                    case (false, Ack.NotFound):
                        break;
                    default:
                        recorder.Problem($"{call}: {answer.Ack} {answer.Status} {answer.Response.Body}");
                        continue;
                }
                recorder.Acknowledge();
            }
        })));

        output.WriteLine(recorder.Figures($"Racing writes on {TestDatabase.Provider}: {Racers} clients × {Rounds} on {Sessions} sessions", clock.Elapsed, failures.Count));
        Assert.Empty(recorder.Problems);
        Assert.Empty(recorder.ServerErrors);
        Assert.All(deleted.GroupBy(id => id), deletions => Assert.Single(deletions));
        Assert.Subset(deleted.ToHashSet(), renamedGone.ToHashSet());
        await using var db = await world.NewDbContextAsync();
        var stored = await StoredSessions.Undeleted(db).Where(s => contested.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Title);
        Assert.Equal(contested.Except(deleted).Order(), stored.Keys.Order());
        Assert.All(stored, session => Assert.Contains((session.Key, session.Value), renamed.Append((session.Key, Initial(session.Key)))));
        var gone = deleted.Select(id => id.ToString()).ToList();
        if (!StoredSessions.DeletesAreSoft(db)) // 251aeba8 keeps a deleted session's messages (D1)
            Assert.Equal(0, await db.ChatMessages.CountAsync(m => gone.Contains(m.ConversationId)));
        await DatabaseIntegrity.AssertSoundAsync(db);
    }

    private static string Initial(Guid session) => $"contested {session}";

    /// <summary>The creator's sessions of Atlas, each with messages.</summary>
    private static async Task<List<Guid>> SeedAsync(ClawithAppFactory world)
    {
        await using var db = await world.NewDbContextAsync();
        var rows = new DemoRowWriter(db);
        var ids = new List<Guid>();
        for (var i = 0; i < Sessions; i++)
        {
            var id = Guid.NewGuid();
            var session = rows.Session(id, TestWorld.Atlas, TestWorld.Creator, Initial(id), ChatSession.WebChannel, TestWorld.T0.AddDays(2));
            rows.Message(session, Guid.NewGuid(), ChatRole.User, "hello", TestWorld.T0.AddDays(2));
            rows.Message(session, Guid.NewGuid(), ChatRole.Assistant, "hi", TestWorld.T0.AddDays(2).AddSeconds(1));
            ids.Add(id);
        }
        await db.SaveChangesAsync();
        return ids;
    }
}
