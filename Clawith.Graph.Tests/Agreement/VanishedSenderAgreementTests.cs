using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Rest;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Agreement;

/// <summary>
/// Messages whose participant row is gone: GraphQL has no sender, REST still shows the stored
/// participant_id, and both name the sender "Unknown" in an agent-to-agent session, as Clawith's REST module does.
/// </summary>
public sealed class VanishedSenderAgreementTests
{
    private static readonly Guid Vanished = Guid.Parse("b0000000-0000-4000-8000-000000000404");

    [Theory225b36fd(RestMessages.Reason)]
    [InlineData("platform_admin", "Atlas", "AtlasToBeacon")]
    [InlineData("agent_admin", "Beacon", "AtlasToBeacon")]
    [InlineData("creator", "Atlas", "CreatorWeb")]
    public async Task Both_show_a_vanished_sender_alike(string caller, string agent, string session)
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        await AddMessagesFromVanishedParticipantAsync(app, WorldIds.Of(session));
        var client = app.As(caller);

        var rest = await SessionMessages.RestAsync(client, WorldIds.Of(agent), WorldIds.Of(session));
        var graph = await SessionMessages.GraphAsync(app, client, WorldIds.Of(agent), WorldIds.Of(session));

        Agree.Same(rest, graph, $"{caller} reading {session} under {agent} with a vanished sender");
        var fromNobody = rest.Items.Where(e => (string?)e["participant_id"] == Vanished.ToString()).ToList();
        Assert.NotEmpty(fromNobody);
        var expectedName = session == "AtlasToBeacon" ? "Unknown" : null;
        Assert.All(fromNobody, entry => Assert.Equal(expectedName, (string?)entry["sender_name"]));
    }

    /// <summary>A plain reply, one with an inline tool block and a stored tool call, all from a participant with no row.</summary>
    private static async Task AddMessagesFromVanishedParticipantAsync(ClawithAppFactory app, Guid sessionId)
    {
        await using var db = await app.NewDbContextAsync();
        var session = await db.ChatSessions.SingleAsync(s => s.Id == sessionId);
        (ChatRole Role, string Content)[] messages =
        [
            (ChatRole.Assistant, "From nobody we know."),
            (ChatRole.Assistant, "Looking.\n```tool_code\nlookup\n```\nFound it."),
            (ChatRole.ToolCall, """{"name": "lookup", "args": {"id": 7}}"""),
        ];
        await TestDatabase.WithoutForeignKeysAsync(db, async () =>
        {
            for (var i = 0; i < messages.Length; i++)
                db.ChatMessages.Add(new ChatMessage
                {
                    Id = TestWorld.MessageId(sessionId, 90 + i), AgentId = session.AgentId, UserId = session.UserId,
                    Role = messages[i].Role, Content = messages[i].Content, ConversationId = session.ConversationId,
                    ParticipantId = Vanished, CreatedAt = TestWorld.T0.AddHours(12).AddMinutes(i),
                });
            await db.SaveChangesAsync();
        });
    }
}
