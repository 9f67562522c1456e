using System.Net.WebSockets;
using Clawith.Graph.Tests.Authorization;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Subscriptions;

/// <summary>connection_init's token is held to the same shape as an HTTP request's (Authorization/TokenShapeTests).</summary>
public sealed class TokenShapeOverWebSocketTests(LiveServer server) : IClassFixture<LiveServer>
{
    public static TheoryData<string> Misshapen => new()
    {
        TestTokens.Shaped(TestWorld.Creator, (_, claims) => claims["exp"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString()),
        TestTokens.Shaped(TestWorld.Creator, (header, _) => header["crit"] = new[] { "exp" }),
    };

    [Theory]
    [MemberData(nameof(Misshapen))]
    public async Task A_token_with_a_string_exp_or_a_crit_header_closes_with_4403(string token)
    {
        await using var client = await server.ConnectAsync();

        await client.SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {token}" } });

        Assert.Equal(((WebSocketCloseStatus)4403, "Forbidden"), await client.ReceiveCloseAsync());
    }
}
