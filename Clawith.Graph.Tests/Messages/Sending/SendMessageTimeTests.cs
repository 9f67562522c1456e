using Clawith.Graph.Data;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Resilience;
using Clawith.Graph.Tests.Sessions.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Messages.Sending;

/// <summary>
/// A sent message's time is the server's clock unless the session's history is already as late (a
/// message stored by a server whose clock runs ahead, or in the same microsecond): then it comes a
/// microsecond after the newest message, and never before the session's last_message_at.
/// </summary>
public sealed class SendMessageTimeTests
{
    [Fact]
    public async Task Messages_after_one_stamped_ahead_of_the_servers_clock_come_a_microsecond_apart_after_it()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var ahead = StorageConventions.TruncateToMicroseconds(DateTime.UtcNow.AddHours(1));
        await StoreAsync(app, TestWorld.CreatorWeb, (session, rows) => rows.Message(session, Guid.NewGuid(), ChatRole.Assistant, "From the future.", ahead));

        var first = await SendAsync(app, "One.");
        var second = await SendAsync(app, "Two.");

        Assert.Equal(ahead.AddMicroseconds(1), first);
        Assert.Equal(ahead.AddMicroseconds(2), second);
        Assert.Equal(second, (await StoredSessions.FindAsync(app, TestWorld.CreatorWeb))!.LastMessageAt);
    }

    [Fact]
    public async Task A_message_never_moves_last_message_at_back()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var ahead = StorageConventions.TruncateToMicroseconds(DateTime.UtcNow.AddHours(1));
        await StoreAsync(app, TestWorld.CreatorWeb, (session, _) => session.LastMessageAt = ahead);

        Assert.Equal(ahead, await SendAsync(app, "Later than it looks."));
        Assert.Equal(ahead, (await StoredSessions.FindAsync(app, TestWorld.CreatorWeb))!.LastMessageAt);
    }

    /// <summary>Another writer of the file may leave a time that does not parse: it orders nothing, and the session still takes messages.</summary>
    [SqliteFact]
    public async Task A_stored_time_that_does_not_parse_does_not_stop_the_session_taking_messages()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        await using (var db = await app.NewDbContextAsync())
            await db.Database.ExecuteSqlAsync(
                $"UPDATE chat_messages SET created_at = 'not a time' WHERE id = {TestWorld.MessageId(TestWorld.CreatorWeb, 2).ToString()}");

        var sent = await SendAsync(app, "Still works.");

        Assert.Equal(sent, (await StoredSessions.FindAsync(app, TestWorld.CreatorWeb))!.LastMessageAt);
    }

    private static async Task StoreAsync(ClawithAppFactory app, Guid sessionId, Action<ChatSession, DemoRowWriter> change)
    {
        await using var db = await app.NewDbContextAsync();
        change(await db.ChatSessions.SingleAsync(s => s.Id == sessionId), new DemoRowWriter(db));
        await db.SaveChangesAsync();
    }

    /// <summary>Sends as the creator to their web session; the stored message's time.</summary>
    private static async Task<DateTime?> SendAsync(ClawithAppFactory app, string content)
    {
        var response = await app.Client().As(TestWorld.Creator).SendMessageAsync(TestWorld.Atlas, TestWorld.CreatorWeb, content);
        var id = Guid.Parse((string)PayloadAssert.Succeeded(response, SendMessageCalls.Mutation)["message"]!["id"]!);
        await using var db = await app.NewDbContextAsync();
        return (await db.ChatMessages.AsNoTracking().SingleAsync(m => m.Id == id)).CreatedAt;
    }
}
