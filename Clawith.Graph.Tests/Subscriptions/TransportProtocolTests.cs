using System.Net.WebSockets;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Subscriptions;

public sealed class TransportProtocolTests(LiveServer server) : IClassFixture<LiveServer>
{
    [Fact]
    public async Task Connection_init_is_acknowledged_and_ping_gets_pong()
    {
        await using var client = await server.ConnectAsAsync(TestWorld.Creator);
        Assert.Equal("graphql-transport-ws", client.Socket.SubProtocol);

        await client.SendAsync(new { type = "ping" });

        Assert.Equal("pong", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        await using var client = await server.ConnectAsAsync(null);

        await client.SendAsync(new { type = "connection_init" });

        Assert.Equal(((WebSocketCloseStatus)4429, "Too many initialisation requests"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Subscribe_before_the_acknowledgement_closes_with_4401()
    {
        await using var client = await server.ConnectAsync();

        await client.SubscribeAsync("1", "{ __typename }");

        Assert.Equal(((WebSocketCloseStatus)4401, "Unauthorized"), await client.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""["connection_init"]""")]
    [InlineData("""{"type": "unheard_of"}""")]
    [InlineData("""{"type": "subscribe", "payload": {"query": "{ __typename }"}}""")]
    [InlineData("""{"type": "subscribe", "id": "1"}""")]
    [InlineData("""{"type": "complete"}""")]
    public async Task An_invalid_message_closes_with_4400(string message)
    {
        await using var client = await server.ConnectAsAsync(null);

        await client.SendTextAsync(message);

        var (status, description) = await client.ReceiveCloseAsync();
        Assert.Equal((WebSocketCloseStatus)4400, status);
        Assert.StartsWith("Invalid message", description);
    }

    [Fact]
    public async Task A_second_subscribe_with_a_running_id_closes_with_4409()
    {
        await using var client = await server.ConnectAsAsync(TestWorld.Creator);
        var subscription = LiveOperations.SessionChanged(TestWorld.Atlas);
        await client.SubscribeAsync("same", subscription);
        await server.WaitForSubscribersAsync(1);

        await client.SubscribeAsync("same", subscription);

        Assert.Equal(((WebSocketCloseStatus)4409, "Subscriber for same already exists"), await client.ReceiveCloseAsync());
        await server.WaitForSubscribersAsync(0);
    }

    [Theory]
    [InlineData]
    [InlineData("graphql-ws")]
    public async Task A_client_without_the_graphql_transport_ws_subprotocol_is_closed_with_4406(params string[] subprotocols)
    {
        await using var client = await server.ConnectWithAsync(subprotocols);

        Assert.Equal(((WebSocketCloseStatus)4406, "Subprotocol not acceptable"), await client.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("Authorization", "Bearer not-a-jwt")]
    [InlineData("token", "not-a-jwt")]
    public async Task A_bad_token_closes_with_4403(string key, string value)
    {
        await using var client = await server.ConnectAsync();

        await client.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { [key] = value } });

        Assert.Equal(((WebSocketCloseStatus)4403, "Forbidden"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_token_of_an_inactive_user_closes_with_4403()
    {
        await using var client = await server.ConnectAsync();

        await client.SendAsync(new { type = "connection_init", payload = new { authorization = $"Bearer {server.TokenFor(TestWorld.Inactive)}" } });

        Assert.Equal(((WebSocketCloseStatus)4403, "Forbidden"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task The_connection_closes_when_its_token_expires()
    {
        await using var client = await server.ConnectAsync();
        await client.InitAsync(new { token = server.TokenFor(TestWorld.Creator, TimeSpan.FromSeconds(2)) });

        Assert.Equal(((WebSocketCloseStatus)4403, "Forbidden: the token expired"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_query_sent_with_subscribe_answers_one_next_then_complete()
    {
        await using var client = await server.ConnectAsAsync(TestWorld.Creator);

        await client.SubscribeAsync("q", "{ me { displayName } }");

        var next = await client.ReceiveAsync("next", "q");
        Assert.Equal("Carla Creator", next.GetProperty("data").GetProperty("me").GetProperty("displayName").GetString());
        await client.ReceiveAsync("complete", "q");
    }

    [Fact]
    public async Task An_anonymous_connection_may_ask_for_typename_but_data_fields_are_refused()
    {
        await using var client = await server.ConnectAsAsync(null);

        await client.SubscribeAsync("q", "{ __typename me { id } }");

        var next = await client.ReceiveAsync("next", "q");
        Assert.Equal("Query", next.GetProperty("data").GetProperty("__typename").GetString());
        Assert.Equal("AUTH_NOT_AUTHENTICATED", next.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        await client.ReceiveAsync("complete", "q");
    }

    [Fact]
    public async Task An_invalid_operation_answers_an_error_message_with_its_graphql_errors()
    {
        await using var client = await server.ConnectAsAsync(TestWorld.Creator);

        await client.SubscribeAsync("bad", "{ nothingHere }");

        var errors = await client.ReceiveAsync("error", "bad");
        Assert.Equal(System.Text.Json.JsonValueKind.Array, errors.ValueKind);
        Assert.Contains("nothingHere", errors[0].GetProperty("message").GetString());
    }
}
