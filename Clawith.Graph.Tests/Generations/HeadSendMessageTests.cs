using Clawith.Graph.Tests.Agreement;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Messages.Sending;
using Clawith.Graph.Tests.Sessions.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Generations;

/// <summary>sendMessage on Clawith 251aeba8's schema: where a message may go, and who it says sent it.</summary>
public sealed class HeadSendMessageTests
{
    /// <summary>A group, trigger or agent-to-agent session is not found for posting, even by its owner or an admin (P3, R2's finding).</summary>
    [Theory]
    [InlineData("Creator", "CreatorGroup")]
    [InlineData("Creator", "UnnamedGroup")]
    [InlineData("Creator", "CreatorTrigger")]
    [InlineData("OrgAdmin", "AtlasToBeacon")]
    [InlineData("PlatformAdmin", "CreatorGroup")]
    public async Task Messages_are_posted_to_direct_sessions_only(string caller, string session)
    {
        await using var app = await HeadWorld.CreateAsync();
        var sessionId = WorldIds.Of(session);
        var before = await StoredMessages.PerConversationAsync(app);

        var response = await app.Client().As(WorldIds.Of(caller)).SendMessageAsync(TestWorld.Atlas, sessionId, "Hi");

        PayloadAssert.SessionMissing(response, SendMessageCalls.Mutation, "message");
        Assert.Equal(before, await StoredMessages.PerConversationAsync(app));
    }

    [Fact]
    public async Task A_sender_with_no_participant_row_gets_one_and_the_message_names_it()
    {
        await using var app = await HeadWorld.CreateAsync();

        var response = await app.Client().As(TestWorld.Permitted).SendMessageAsync(TestWorld.Atlas, TestWorld.PermittedTools, "Thanks.");

        var message = PayloadAssert.Succeeded(response, SendMessageCalls.Mutation)["message"]!;
        Assert.Equal("Pete Permitted", (string?)message["sender"]!["displayName"]);
        await using var db = await app.NewDbContextAsync();
        var participant = await db.Participants.AsNoTracking().SingleAsync(p => p.Type == "user" && p.RefId == TestWorld.Permitted);
        var id = Guid.Parse((string)message["id"]!);
        Assert.Equal(participant.Id, (await db.ChatMessages.AsNoTracking().SingleAsync(m => m.Id == id)).ParticipantId);
    }
}
