using Clawith.Graph.Data;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Sessions.Mutations;
using Clawith.Graph.Tests.Generations;

namespace Clawith.Graph.Tests.Messages.Sending;

/// <summary>
/// sendMessage posts only to the caller's own web sessions that are not group ones (issue 15 §6):
/// a user message typed into a group, trigger, agent-to-agent or feishu transcript would put words in
/// it that its channel never carried. Each refusal is a payload error that stores nothing, and comes
/// after Clawith's REST module's checks (agent, agent access, the session under the agent, its owner).
/// </summary>
public sealed class SendMessageDestinationTests(SendMessageDestinationTests.World world) : IClassFixture<SendMessageDestinationTests.World>
{
    private const string OnlyWeb = "Messages can be sent only to your own web sessions, not to ";

    [Theory]
    // caller, session, content, the NotAuthorizedError's message
    [InlineData225b36fd(Reversals.DirectOnly, typeof(HeadSendMessageTests), nameof(HeadSendMessageTests.Messages_are_posted_to_direct_sessions_only), "Creator", "CreatorGroup", "Hi", OnlyWeb + "group sessions.")]
    [InlineData225b36fd(Reversals.DirectOnly, typeof(HeadSendMessageTests), nameof(HeadSendMessageTests.Messages_are_posted_to_direct_sessions_only), "Creator", "UnnamedGroup", "Hi", OnlyWeb + "group sessions.")]
    [InlineData225b36fd(Reversals.DirectOnly, typeof(HeadSendMessageTests), nameof(HeadSendMessageTests.Messages_are_posted_to_direct_sessions_only), "Creator", "WebGroup", "Hi", OnlyWeb + "group sessions.")]
    [InlineData225b36fd(Reversals.DirectOnly, typeof(HeadSendMessageTests), nameof(HeadSendMessageTests.Messages_are_posted_to_direct_sessions_only), "Creator", "CreatorTrigger", "Hi", OnlyWeb + "sessions of the trigger channel.")]
    [InlineData225b36fd(Reversals.DirectOnly, typeof(HeadSendMessageTests), nameof(HeadSendMessageTests.Messages_are_posted_to_direct_sessions_only), "Creator", "AgentTalk", "Hi", OnlyWeb + "agent-to-agent sessions.")]
    [InlineData("Creator", "CreatorFeishu", "Hi", OnlyWeb + "sessions of the feishu channel.")]
    // After Clawith's REST module's checks: someone else's session is refused for its owner first...
    [InlineData("Permitted", "CreatorFeishu", "Hi", "Not authorized")]
    [InlineData225b36fd(Reversals.DirectOnly, typeof(HeadSendMessageTests), nameof(HeadSendMessageTests.Messages_are_posted_to_direct_sessions_only), "PlatformAdmin", "CreatorGroup", "Hi", "Not authorized")]
    // ...and before the content is looked at.
    [InlineData225b36fd(Reversals.DirectOnly, typeof(HeadSendMessageTests), nameof(HeadSendMessageTests.Messages_are_posted_to_direct_sessions_only), "Creator", "CreatorTrigger", "", OnlyWeb + "sessions of the trigger channel.")]
    public async Task A_message_to_a_session_that_is_not_the_callers_web_chat_is_refused_in_the_payload_and_stores_nothing(
        string caller, string session, string content, string expected)
    {
        var sessionId = World.IdOf(session);
        var before = await StoredMessages.PerConversationAsync(world.App);
        var lastBefore = (await StoredSessions.FindAsync(world.App, sessionId))!.LastMessageAt;

        var response = await world.App.Client().As(World.IdOf(caller)).SendMessageAsync(TestWorld.Atlas, sessionId, content);

        PayloadAssert.Failed(response, SendMessageCalls.Mutation, "message", "NotAuthorizedError", expected);
        Assert.Equal(before, await StoredMessages.PerConversationAsync(world.App));
        Assert.Equal(lastBefore, (await StoredSessions.FindAsync(world.App, sessionId))!.LastMessageAt);
    }

    [Fact]
    public async Task The_callers_own_web_session_still_takes_their_message()
    {
        var response = await world.App.Client().As(TestWorld.Creator).SendMessageAsync(TestWorld.Atlas, World.OwnWeb, "Still here.");

        Assert.Equal("Still here.", (string?)PayloadAssert.Succeeded(response, SendMessageCalls.Mutation)["message"]!["content"]);
        Assert.Equal(1, await StoredSessions.MessageCountAsync(world.App, World.OwnWeb));
    }

    /// <summary>The test world plus the creator's sessions of Atlas it lacks: a web group, an agent-to-agent talk, a web chat of their own.</summary>
    public sealed class World : IAsyncLifetime
    {
        public static readonly Guid WebGroup = Guid.Parse("c0000000-0000-4000-8000-000000000151");
        public static readonly Guid AgentTalk = Guid.Parse("c0000000-0000-4000-8000-000000000152");
        public static readonly Guid OwnWeb = Guid.Parse("c0000000-0000-4000-8000-000000000153");

        public ClawithAppFactory App { get; } = new();

        public static Guid IdOf(string name) =>
            (Guid?)typeof(World).GetField(name)?.GetValue(null) ?? (Guid)typeof(TestWorld).GetField(name)!.GetValue(null)!;

        public async Task InitializeAsync()
        {
            await App.InitializeAsync();
            await using var db = await App.NewDbContextAsync();
            var rows = new DemoRowWriter(db);
            var group = rows.Session(WebGroup, TestWorld.Atlas, TestWorld.Creator, "Web group", ChatSession.WebChannel, TestWorld.T0, isGroup: true, groupName: "Friends");
            rows.Message(group, Guid.NewGuid(), ChatRole.User, "Hello friends.", TestWorld.T0.AddHours(1));
            var talk = rows.Session(AgentTalk, TestWorld.Atlas, TestWorld.Creator, "Atlas asks Beacon", ChatSession.AgentChannel, TestWorld.T0, peerAgentId: TestWorld.Beacon);
            rows.Message(talk, Guid.NewGuid(), ChatRole.User, "Beacon, status?", TestWorld.T0.AddHours(1), speaker: TestWorld.AtlasSpeaker);
            rows.Session(OwnWeb, TestWorld.Atlas, TestWorld.Creator, "Own chat", ChatSession.WebChannel, TestWorld.T0);
            await db.SaveChangesAsync();
        }

        public async Task DisposeAsync() => await App.DisposeAsync();
    }
}
