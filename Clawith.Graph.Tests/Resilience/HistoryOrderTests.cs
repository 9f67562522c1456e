using Clawith.Graph.Data;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Messages.Sending;
using Clawith.Graph.Tests.Sessions.Mutations;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Clawith.Graph.Tests.Resilience;

/// <summary>
/// History keeps commit order (issue 15 §3): clients send into one session at once while another
/// follows it forward from its last cursor, as a chat client does. Cursor order must be commit order,
/// so the follower misses nothing; created_at rises strictly, and last_message_at never moves back.
/// </summary>
public sealed class HistoryOrderTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(50, 10)]
    [InlineData(2, 100)]
    public async Task A_reader_paging_forward_from_its_last_cursor_sees_every_message_of_parallel_senders_in_commit_order(int senders, int messagesEach)
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var session = await NewWebSessionAsync(app);
        var sent = new List<SentMessage>();
        var events = 0L;
        var sending = Task.WhenAll(Enumerable.Range(0, senders).Select(sender => Task.Run(async () =>
        {
            var client = app.Client().As(TestWorld.Creator);
            for (var number = 0; number < messagesEach; number++)
            {
                var asked = Interlocked.Increment(ref events);
                var response = await client.SendMessageAsync(TestWorld.Atlas, session, $"sender {sender} message {number}");
                var answered = Interlocked.Increment(ref events);
                var message = PayloadAssert.Succeeded(response, SendMessageCalls.Mutation)["message"]!;
                lock (sent)
                    sent.Add(new SentMessage(Guid.Parse((string)message["id"]!), ForwardReader.Time((string)message["createdAt"]!), asked, answered));
            }
        })));
        var follower = new ForwardReader(app.Client().As(TestWorld.Creator), TestWorld.Atlas, session);

        await follower.FollowAsync(sending);
        await sending;

        var history = new ForwardReader(app.Client().As(TestWorld.Creator), TestWorld.Atlas, session);
        await history.CatchUpAsync();
        var missed = history.Shown.ExceptBy(follower.Shown.Select(m => m.Id), m => m.Id).Count();
        var outOfOrder = OutOfCommitOrder(sent, history.Shown);
        output.WriteLine($"{TestDatabase.Provider}, {senders} senders x {messagesEach}: the follower asked {follower.LastMessageTimes.Count} times " +
            $"and missed {missed} of {history.Shown.Count}; {outOfOrder} pairs out of commit order");
        Assert.Equal(senders * messagesEach, sent.Count);
        Assert.Equal(sent.Select(m => m.Id).Order(), history.Shown.Select(m => m.Id).Order());
        Assert.Equal(0, missed);
        Assert.Equal(history.Shown, follower.Shown);
        Assert.Equal(0, outOfOrder);
        AssertStrictlyRising(history.Shown.Select(m => m.CreatedAt));
        Assert.All(sent, m => Assert.Equal(m.CreatedAt, history.Shown.Single(shown => shown.Id == m.Id).CreatedAt));
        AssertNeverFalls(follower.LastMessageTimes);
        Assert.Equal(history.Shown[^1].CreatedAt.UtcDateTime, (await StoredSessions.FindAsync(app, session))!.LastMessageAt);
    }

    /// <summary>
    /// Two senders, the first slow to get its transaction going (as when it waits for the lock): the
    /// second commits first, and the follower, already past it, must still be shown the first.
    /// </summary>
    [Fact]
    public async Task A_message_whose_transaction_started_late_comes_after_the_one_committed_before_it()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var hold = new TransactionHold();
        await using var slowServer = app.WithWebHostBuilder(host => host.ConfigureServices(services => services.AddSingleton<IInterceptor>(hold)));
        var follower = new ForwardReader(app.Client().As(TestWorld.Creator), TestWorld.Atlas, TestWorld.CreatorWeb);
        await follower.CatchUpAsync();

        hold.Arm();
        var slow = SoakWorld.SignedIn(app, slowServer, TestWorld.Creator).SendMessageAsync(TestWorld.Atlas, TestWorld.CreatorWeb, "asked first");
        await hold.Held;
        var fast = await app.Client().As(TestWorld.Creator).SendMessageAsync(TestWorld.Atlas, TestWorld.CreatorWeb, "committed first");
        await follower.CatchUpAsync();
        hold.Release();
        var late = await slow;
        await follower.CatchUpAsync();

        var fastId = Guid.Parse((string)PayloadAssert.Succeeded(fast, SendMessageCalls.Mutation)["message"]!["id"]!);
        var lateMessage = PayloadAssert.Succeeded(late, SendMessageCalls.Mutation)["message"]!;
        Assert.Equal([fastId, Guid.Parse((string)lateMessage["id"]!)], follower.Shown.TakeLast(2).Select(m => m.Id));
        AssertStrictlyRising(follower.Shown.Select(m => m.CreatedAt));
        AssertNeverFalls(follower.LastMessageTimes);
        Assert.Equal(ForwardReader.Time((string)lateMessage["createdAt"]!).UtcDateTime, (await StoredSessions.FindAsync(app, TestWorld.CreatorWeb))!.LastMessageAt);
    }

    /// <summary>A message as its sender saw it, with when it asked and when it was answered on one counter of events.</summary>
    private sealed record SentMessage(Guid Id, DateTimeOffset CreatedAt, long Asked, long Answered);

    /// <summary>
    /// Commit order as far as clients can observe it: a message answered before another was asked for
    /// committed first, so it must come first in the history. Counts the pairs that do not.
    /// </summary>
    private static int OutOfCommitOrder(IReadOnlyList<SentMessage> sent, IReadOnlyList<ShownMessage> history)
    {
        var position = history.Select((m, index) => (m.Id, index)).ToDictionary(p => p.Id, p => p.index);
        return sent.Sum(before => sent.Count(after => before.Answered < after.Asked && position[before.Id] > position[after.Id]));
    }

    private static void AssertStrictlyRising(IEnumerable<DateTimeOffset> times)
    {
        var list = times.ToList();
        var falls = list.Zip(list.Skip(1)).Count(pair => pair.First >= pair.Second);
        Assert.True(falls == 0, $"created_at did not rise {falls} times in cursor order");
    }

    private static void AssertNeverFalls(IReadOnlyList<DateTimeOffset> times)
    {
        var falls = times.Zip(times.Skip(1)).Count(pair => pair.First > pair.Second);
        Assert.True(falls == 0, $"last_message_at moved back {falls} times");
    }

    /// <summary>An empty web session of the creator on Atlas.</summary>
    private static async Task<Guid> NewWebSessionAsync(ClawithAppFactory app)
    {
        await using var db = await app.NewDbContextAsync();
        var session = new DemoRowWriter(db).Session(Guid.NewGuid(), TestWorld.Atlas, TestWorld.Creator, "Busy chat", ChatSession.WebChannel, TestWorld.T0);
        await db.SaveChangesAsync();
        return session.Id;
    }
}
