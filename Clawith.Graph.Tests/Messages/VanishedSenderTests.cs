using Clawith.Graph.Data;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Messages;

/// <summary>A message whose participant row is gone (Clawith's tables need not enforce the key).</summary>
public sealed class VanishedSenderTests
{
    private static readonly Guid Vanished = Guid.Parse("b0000000-0000-4000-8000-000000000404");

    [Fact]
    public async Task A_vanished_participant_is_named_Unknown_in_an_agent_session_and_has_no_sender()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var messageId = TestWorld.MessageId(TestWorld.AtlasToBeacon, 99);
        await AddMessageFromVanishedParticipantAsync(app, TestWorld.AtlasToBeacon, messageId);

        var message = (await app.Client().As(TestWorld.PlatformAdmin).AllMessagesAsync(TestWorld.Atlas, TestWorld.AtlasToBeacon)).Node(messageId);

        Assert.Equal("Unknown", (string?)message["senderName"]);
        Assert.Null(message["sender"]);
    }

    [Fact]
    public async Task A_participant_with_an_empty_display_name_is_named_Unknown_as_the_seed_names_it()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var messageId = TestWorld.MessageId(TestWorld.AtlasToBeacon, 98);
        await using (var db = await app.NewDbContextAsync())
        {
            var rows = new DemoRowWriter(db);
            var unnamed = rows.Participant(Guid.NewGuid(), "agent", refId: Guid.NewGuid(), displayName: "");
            var session = await db.ChatSessions.SingleAsync(s => s.Id == TestWorld.AtlasToBeacon);
            rows.Message(session, messageId, ChatRole.Assistant, "Unsigned.", TestWorld.T0.AddHours(12), speaker: unnamed.Id);
            await db.SaveChangesAsync();
        }

        var message = (await app.Client().As(TestWorld.PlatformAdmin).AllMessagesAsync(TestWorld.Atlas, TestWorld.AtlasToBeacon)).Node(messageId);

        Assert.Equal("Unknown", (string?)message["senderName"]);
        Assert.Equal("", (string?)message["sender"]!["displayName"]);
    }

    [Fact]
    public async Task A_vanished_participant_has_no_sender_name_in_a_web_session()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var messageId = TestWorld.MessageId(TestWorld.CreatorWeb, 99);
        await AddMessageFromVanishedParticipantAsync(app, TestWorld.CreatorWeb, messageId);

        var message = (await app.Client().As(TestWorld.Creator).AllMessagesAsync(TestWorld.Atlas, TestWorld.CreatorWeb)).Node(messageId);

        Assert.Null(message["senderName"]);
        Assert.Null(message["sender"]);
    }

    private static async Task AddMessageFromVanishedParticipantAsync(ClawithAppFactory app, Guid sessionId, Guid messageId)
    {
        await using var db = await app.NewDbContextAsync();
        var session = await db.ChatSessions.SingleAsync(s => s.Id == sessionId);
        await TestDatabase.WithoutForeignKeysAsync(db, async () =>
        {
            db.ChatMessages.Add(new ChatMessage
            {
                Id = messageId, AgentId = session.AgentId, UserId = session.UserId, Role = ChatRole.Assistant, Content = "From nobody we know.",
                ConversationId = session.ConversationId, ParticipantId = Vanished, CreatedAt = TestWorld.T0.AddHours(12),
            });
            await db.SaveChangesAsync();
        });
    }
}
