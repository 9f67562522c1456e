using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Generations;

namespace Clawith.Graph.Tests.Subscriptions;

public sealed class MessageAddedTests(LiveServer server) : IClassFixture<LiveServer>
{
    private static string MessageAdded(Guid agentId, Guid sessionId) =>
        LiveOperations.MessageAdded(agentId, sessionId, "id role content sender { displayName } parts { __typename ... on TextPart { text } }");

    [Fact]
    public async Task A_stored_message_reaches_the_session_s_owner_and_not_other_sessions_subscribers()
    {
        await using var owner = await server.ConnectAsAsync(TestWorld.Creator);
        await using var elsewhere = await server.ConnectAsAsync(TestWorld.Creator);
        await owner.SubscribeAsync("web", MessageAdded(TestWorld.Atlas, TestWorld.CreatorWeb));
        await elsewhere.SubscribeAsync("feishu", MessageAdded(TestWorld.Atlas, TestWorld.CreatorFeishu));
        await server.WaitForSubscribersAsync(2);

        var messageId = await server.AddMessageAsync(TestWorld.CreatorWeb, "Add Sintra, please.");

        var message = (await owner.ReceiveAsync("next", "web")).GetProperty("data").GetProperty("messageAdded");
        Assert.Equal(messageId.ToString(), message.GetProperty("id").GetString());
        Assert.Equal("USER", message.GetProperty("role").GetString());
        Assert.Equal("Add Sintra, please.", message.GetProperty("parts")[0].GetProperty("text").GetString());
        // The other session's subscriber got nothing: the next thing it hears is its own answer.
        await elsewhere.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await elsewhere.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Complete_from_the_client_stops_deliveries_and_leaves_the_bus()
    {
        await using var client = await server.ConnectAsAsync(TestWorld.Permitted);
        await client.SubscribeAsync("tools", MessageAdded(TestWorld.Atlas, TestWorld.PermittedTools));
        await server.WaitForSubscribersAsync(1);
        await server.AddMessageAsync(TestWorld.PermittedTools, "First.");
        await client.ReceiveAsync("next", "tools");

        await client.CompleteAsync("tools");
        await server.WaitForSubscribersAsync(0);
        await server.AddMessageAsync(TestWorld.PermittedTools, "Second, unheard.");

        await client.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact225b36fd(Reversals.AccessModes, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation))]
    public async Task An_agent_to_agent_session_is_followed_under_its_peer_agent_by_an_admin()
    {
        await using var admin = await server.ConnectAsAsync(TestWorld.PlatformAdmin);
        await admin.SubscribeAsync("a2a", MessageAdded(TestWorld.Beacon, TestWorld.AtlasToBeacon));
        await server.WaitForSubscribersAsync(1);

        await server.AddMessageAsync(TestWorld.AtlasToBeacon, "Status?");

        var message = (await admin.ReceiveAsync("next", "a2a")).GetProperty("data").GetProperty("messageAdded");
        Assert.Equal("Status?", message.GetProperty("content").GetString());
        await admin.CompleteAsync("a2a");
        await server.WaitForSubscribersAsync(0);
    }

    [Theory]
    [InlineData("Stranger", "Atlas", "CreatorWeb", "AUTH_NOT_AUTHORIZED", "No access to this agent")]
    [InlineData("Permitted", "Atlas", "CreatorWeb", "AUTH_NOT_AUTHORIZED", "Not authorized to view this session")]
    [InlineData("Creator", "Missing", "CreatorWeb", "NOT_FOUND", "Agent not found")]
    [InlineData("Creator", "Atlas", "HarborChat", "NOT_FOUND", "Session not found")]
    [InlineData(null, "Atlas", "CreatorWeb", "AUTH_NOT_AUTHENTICATED", null)]
    public async Task A_refused_subscription_gets_an_error_with_the_query_s_code_and_no_stream(
        string? caller, string agent, string session, string code, string? message)
    {
        await using var client = await server.ConnectAsAsync(caller is null ? null : World(caller));

        await client.SubscribeAsync("refused", MessageAdded(World(agent), World(session)));

        var error = (await client.ReceiveAsync("error", "refused"))[0];
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        if (message is not null)
            Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(0, server.Bus.Subscribers);
    }

    internal static Guid World(string name) => (Guid)typeof(TestWorld).GetField(name)!.GetValue(null)!;
}
