using System.Globalization;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Sessions.Listing;
using Clawith.Graph.Tests.Sessions.Mutations;
using Microsoft.EntityFrameworkCore;
using Snapshooter.Xunit;
using Clawith.Graph.Tests.Generations;

namespace Clawith.Graph.Tests.Messages.Sending;

/// <summary>sendMessage: the owner's user message, stored and made the session's latest activity.</summary>
public sealed class SendMessageTests
{
    [Fact]
    public async Task The_owner_sends_a_trimmed_user_message_spoken_by_their_participant()
    {
        await using var app = await ClawithAppFactory.CreateAsync();

        var response = await app.Client().As(TestWorld.Creator).SendMessageAsync(TestWorld.Atlas, TestWorld.CreatorWeb, "  Book the tram.  ");

        var message = PayloadAssert.Succeeded(response, SendMessageCalls.Mutation)["message"]!;
        Assert.Equal("USER", (string?)message["role"]);
        Assert.Equal("Book the tram.", (string?)message["content"]);
        Assert.Equal(TestWorld.CreatorSpeaker.ToString(), (string?)message["sender"]!["id"]);
        Snapshot.Match(response.Snapshot, o => o
            .IgnoreField("data.sendMessage.message.id")
            .IgnoreField("data.sendMessage.message.createdAt"));
    }

    [Fact]
    public async Task The_stored_row_is_a_user_message_of_the_session_and_its_time_is_the_sessions_last_message_at()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var before = DateTime.UtcNow;

        var response = await app.Client().As(TestWorld.Creator).SendMessageAsync(TestWorld.Atlas, TestWorld.CreatorWeb, "Book the tram.");

        var message = PayloadAssert.Succeeded(response, SendMessageCalls.Mutation)["message"]!;
        var row = await StoredMessageAsync(app, Guid.Parse((string)message["id"]!));
        Assert.Equal(ChatRole.User, row.Role);
        Assert.Equal("Book the tram.", row.Content);
        Assert.Equal(TestWorld.Atlas, row.AgentId);
        Assert.Equal(TestWorld.Creator, row.UserId);
        Assert.Equal(TestWorld.CreatorWeb.ToString(), row.ConversationId);
        Assert.Equal(TestWorld.CreatorSpeaker, row.ParticipantId);
        Assert.Null(row.Thinking);
        Assert.InRange(row.CreatedAt!.Value, before.AddSeconds(-1), DateTime.UtcNow);
        Assert.Equal(0, row.CreatedAt.Value.Ticks % 10);
        Assert.Equal(row.CreatedAt.Value.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'", CultureInfo.InvariantCulture), (string?)message["createdAt"]);
        Assert.Equal(row.CreatedAt, (await StoredSessions.FindAsync(app, TestWorld.CreatorWeb))!.LastMessageAt);
        Assert.Equal(3, await StoredSessions.MessageCountAsync(app, TestWorld.CreatorWeb));
    }

    [Fact225b36fd(Reversals.SenderParticipant, typeof(HeadSendMessageTests), nameof(HeadSendMessageTests.A_sender_with_no_participant_row_gets_one_and_the_message_names_it))]
    public async Task A_sender_with_no_participant_row_stores_the_message_with_no_participant()
    {
        await using var app = await ClawithAppFactory.CreateAsync();

        var response = await app.Client().As(TestWorld.Permitted).SendMessageAsync(TestWorld.Atlas, TestWorld.PermittedTools, "Thanks.");

        var message = PayloadAssert.Succeeded(response, SendMessageCalls.Mutation)["message"]!;
        Assert.Null(message["sender"]);
        Assert.Null((await StoredMessageAsync(app, Guid.Parse((string)message["id"]!))).ParticipantId);
    }

    [Fact]
    public async Task A_session_with_no_message_enters_the_owners_mine_listing_first_once_they_send_one()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var client = app.Client().As(TestWorld.Creator);
        Assert.DoesNotContain(TestWorld.CreatorEmpty.ToString(), await client.MineIdsAsync(TestWorld.Atlas));

        PayloadAssert.Succeeded(await client.SendMessageAsync(TestWorld.Atlas, TestWorld.CreatorEmpty, "First words."), SendMessageCalls.Mutation);

        Assert.Equal(TestWorld.CreatorEmpty.ToString(), (await client.MineIdsAsync(TestWorld.Atlas)).First());
    }

    [Fact]
    public async Task A_message_of_exactly_100000_characters_is_stored_whole()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var content = new string('x', 100_000);

        var response = await app.Client().As(TestWorld.Creator).SendMessageAsync(TestWorld.Atlas, TestWorld.CreatorWeb, content);

        var id = Guid.Parse((string)PayloadAssert.Succeeded(response, SendMessageCalls.Mutation)["message"]!["id"]!);
        Assert.Equal(content, (await StoredMessageAsync(app, id)).Content);
    }

    [Fact]
    public async Task Padding_does_not_count_towards_the_limit()
    {
        await using var app = await ClawithAppFactory.CreateAsync();

        var response = await app.Client().As(TestWorld.Creator).SendMessageAsync(
            TestWorld.Atlas, TestWorld.CreatorWeb, "  " + new string('x', 100_000) + "\n");

        var id = Guid.Parse((string)PayloadAssert.Succeeded(response, SendMessageCalls.Mutation)["message"]!["id"]!);
        Assert.Equal(100_000, (await StoredMessageAsync(app, id)).Content.Length);
    }

    private static async Task<ChatMessage> StoredMessageAsync(ClawithAppFactory app, Guid id)
    {
        await using var db = await app.NewDbContextAsync();
        return await db.ChatMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }
}
