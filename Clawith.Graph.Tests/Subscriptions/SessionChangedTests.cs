using Clawith.Graph.Live;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Generations;

namespace Clawith.Graph.Tests.Subscriptions;

public sealed class SessionChangedTests(LiveServer server) : IClassFixture<LiveServer>
{
    private static string SessionChanged(Guid agentId, string scope = "MINE") =>
        LiveOperations.SessionChanged(agentId, scope, "kind sessionId session { title displayName messageCount agent { name } user { displayName } }");

    [Fact]
    public async Task Each_change_is_told_with_the_session_as_it_is_at_that_event()
    {
        await using var client = await server.ConnectAsAsync(TestWorld.Permitted);
        await client.SubscribeAsync("mine", SessionChanged(TestWorld.Atlas));
        await server.WaitForSubscribersAsync(1);

        await server.AddMessageAsync(TestWorld.PermittedUndated, "One more.");
        var first = (await client.ReceiveAsync("next", "mine")).GetProperty("data").GetProperty("sessionChanged");
        await SessionChanges.RenameAsync(server, TestWorld.PermittedUndated, "Renamed live");
        var second = (await client.ReceiveAsync("next", "mine")).GetProperty("data").GetProperty("sessionChanged");
        await server.AddMessageAsync(TestWorld.PermittedUndated, "And another.");
        var third = (await client.ReceiveAsync("next", "mine")).GetProperty("data").GetProperty("sessionChanged");

        Assert.Equal("MESSAGE_ADDED", first.GetProperty("kind").GetString());
        Assert.Equal(TestWorld.PermittedUndated.ToString(), first.GetProperty("sessionId").GetString());
        var session = first.GetProperty("session");
        Assert.Equal("Atlas", session.GetProperty("agent").GetProperty("name").GetString());
        Assert.Equal("Pete Permitted", session.GetProperty("user").GetProperty("displayName").GetString());
        Assert.Equal("Pete Permitted", session.GetProperty("displayName").GetString());
        Assert.Equal(2, session.GetProperty("messageCount").GetInt32());
        Assert.Equal("RENAMED", second.GetProperty("kind").GetString());
        Assert.Equal("Renamed live", second.GetProperty("session").GetProperty("title").GetString());
        Assert.Equal(3, third.GetProperty("session").GetProperty("messageCount").GetInt32());
        await client.CompleteAsync("mine");
        await server.WaitForSubscribersAsync(0);
    }

    [Fact]
    public async Task Mine_hears_only_the_caller_s_own_chats_and_all_hears_peer_sessions_too()
    {
        await using var member = await server.ConnectAsAsync(TestWorld.Creator);
        await using var admin = await server.ConnectAsAsync(TestWorld.AgentAdmin);
        await member.SubscribeAsync("mine", SessionChanged(TestWorld.Atlas));
        await admin.SubscribeAsync("all", SessionChanged(TestWorld.Beacon, "ALL"));
        await server.WaitForSubscribersAsync(2);

        // Creator's group chat and someone else's chat are not in Creator's MINE; the agent-to-agent one is in Beacon's ALL.
        await server.PublishAsync(await server.EventOfAsync(TestWorld.CreatorGroup, ChatEventKind.SessionRenamed));
        await server.PublishAsync(await server.EventOfAsync(TestWorld.PermittedTools, ChatEventKind.SessionRenamed));
        await server.PublishAsync(await server.EventOfAsync(TestWorld.AtlasToBeacon, ChatEventKind.SessionRenamed));
        await server.PublishAsync(await server.EventOfAsync(TestWorld.CreatorWeb, ChatEventKind.SessionDeleted));

        var mine = (await member.ReceiveAsync("next", "mine")).GetProperty("data").GetProperty("sessionChanged");
        Assert.Equal("DELETED", mine.GetProperty("kind").GetString());
        Assert.Equal(TestWorld.CreatorWeb.ToString(), mine.GetProperty("sessionId").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, mine.GetProperty("session").ValueKind);
        var all = (await admin.ReceiveAsync("next", "all")).GetProperty("data").GetProperty("sessionChanged");
        Assert.Equal(TestWorld.AtlasToBeacon.ToString(), all.GetProperty("sessionId").GetString());
        Assert.Equal("Agent Atlas - Beacon", all.GetProperty("session").GetProperty("displayName").GetString());
    }

    [Theory]
    [InlineData225b36fd(Reversals.CreatorViewsAll, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation), "Creator", "Atlas", "ALL", "AUTH_NOT_AUTHORIZED", "Not authorized to view all sessions")]
    [InlineData("Stranger", "Atlas", "MINE", "AUTH_NOT_AUTHORIZED", "No access to this agent")]
    [InlineData("Creator", "Missing", "MINE", "NOT_FOUND", "Agent not found")]
    public async Task A_refused_subscription_gets_an_error_and_no_stream(string caller, string agent, string scope, string code, string message)
    {
        await using var client = await server.ConnectAsAsync(MessageAddedTests.World(caller));

        await client.SubscribeAsync("refused", SessionChanged(MessageAddedTests.World(agent), scope));

        var error = (await client.ReceiveAsync("error", "refused"))[0];
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(0, server.Bus.Subscribers);
    }
}
