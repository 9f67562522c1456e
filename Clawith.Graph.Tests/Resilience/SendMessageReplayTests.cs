using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Messages.Sending;
using Clawith.Graph.Tests.Sessions.Mutations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Clawith.Graph.Tests.Resilience;

/// <summary>
/// sendMessage's transaction replayed after a transient failure at its commit (PostgreSQL's retry
/// strategy): the message is stored once, the answer is the stored message with its stored time, and
/// that time is the session's last_message_at, whether the failed commit had landed or not.
/// </summary>
public sealed class SendMessageReplayTests
{
    [PostgresFact]
    public Task A_commit_that_failed_before_landing_is_replayed_and_stores_the_message_once() => SendThroughAsync(new CommitFault(afterLanding: false));

    [PostgresFact]
    public Task A_commit_that_landed_though_it_was_reported_failed_is_found_by_the_messages_id_and_not_stored_again() =>
        SendThroughAsync(new CommitFault(afterLanding: true));

    private static async Task SendThroughAsync(CommitFault fault)
    {
        await using var world = await ClawithAppFactory.CreateAsync();
        await using var server = world.WithWebHostBuilder(host => host.ConfigureServices(services => services.AddSingleton<IInterceptor>(fault)));

        var response = await SoakWorld.SignedIn(world, server, TestWorld.Creator).SendMessageAsync(TestWorld.Atlas, TestWorld.CreatorWeb, "Once only.");

        Assert.True(fault.Happened);
        var message = PayloadAssert.Succeeded(response, SendMessageCalls.Mutation)["message"]!;
        await using var db = await world.NewDbContextAsync();
        var conversation = TestWorld.CreatorWeb.ToString();
        var stored = await db.ChatMessages.AsNoTracking().SingleAsync(m => m.ConversationId == conversation && m.Content == "Once only.");
        Assert.Equal(Guid.Parse((string)message["id"]!), stored.Id);
        Assert.Equal(ForwardReader.Time((string)message["createdAt"]!).UtcDateTime, stored.CreatedAt);
        Assert.Equal(stored.CreatedAt, (await StoredSessions.FindAsync(world, TestWorld.CreatorWeb))!.LastMessageAt);
    }
}
