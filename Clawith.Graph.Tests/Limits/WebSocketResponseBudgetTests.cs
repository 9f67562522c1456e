using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Subscriptions;

namespace Clawith.Graph.Tests.Limits;

/// <summary>A server with a response budget of 5,000 bytes, on a real socket.</summary>
public sealed class SmallBudgetServer : LiveServer
{
    protected override IReadOnlyDictionary<string, string> Settings =>
        new Dictionary<string, string> { ["GraphQL:Limits:MaxResponseBytes"] = "5000" };
}

/// <summary>
/// An operation over graphql-transport-ws runs in the same execution as over HTTP, so its result is held
/// to the same response budget: the client gets one <c>next</c> with RESPONSE_TOO_LARGE and no data.
/// </summary>
public sealed class WebSocketResponseBudgetTests(SmallBudgetServer server) : IClassFixture<SmallBudgetServer>
{
    [Fact]
    public async Task A_query_over_a_websocket_past_the_budget_answers_response_too_large_with_no_data()
    {
        await using var client = await server.ConnectAsAsync(TestWorld.Permitted);

        await client.SubscribeAsync("q", $$"""
            { session(agentId: "{{TestWorld.Atlas}}", id: "{{TestWorld.PermittedLong}}") { messages { nodes { id content createdAt } } } }
            """);

        var next = await client.ReceiveAsync("next", "q");
        Assert.Equal("RESPONSE_TOO_LARGE", next.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, next.GetProperty("data").ValueKind);
        await client.ReceiveAsync("complete", "q");
    }

    [Fact]
    public async Task A_subscription_event_past_the_budget_answers_response_too_large_and_the_next_event_still_comes()
    {
        await using var client = await server.ConnectAsAsync(TestWorld.Creator);
        await client.SubscribeAsync("s", LiveOperations.MessageAdded(TestWorld.Atlas, TestWorld.CreatorWeb, "content"));
        await server.WaitForSubscribersAsync(1);

        await server.AddMessageAsync(TestWorld.CreatorWeb, new string('x', 6000));
        var tooLarge = await client.ReceiveAsync("next", "s");
        Assert.Equal("RESPONSE_TOO_LARGE", tooLarge.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(tooLarge.TryGetProperty("data", out var data) && data.ValueKind == System.Text.Json.JsonValueKind.Object);

        await server.AddMessageAsync(TestWorld.CreatorWeb, "Short enough.");
        var next = await client.ReceiveAsync("next", "s");
        Assert.Equal("Short enough.", next.GetProperty("data").GetProperty("messageAdded").GetProperty("content").GetString());
    }
}
