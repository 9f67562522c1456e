using System.Net.WebSockets;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Subscriptions;

/// <summary>
/// A user deactivated or deleted while their socket is open loses it at its next operation, event or
/// ping: the connection closes with 4403, and what was asked does not run.
/// </summary>
public sealed class DeactivatedUserTests : FreshCallerTests
{
    public static readonly (WebSocketCloseStatus?, string?) Revoked = ((WebSocketCloseStatus)4403, "Forbidden: the user is inactive or no longer exists");

    private const string Me = "{ me { id } }";

    private static readonly string CreateSession = LiveOperations.CreateSession(TestWorld.Atlas, "After hours", "session { id } errors { __typename }");

    private static readonly string SendMessage = LiveOperations.SendMessage(TestWorld.Atlas, TestWorld.CreatorWeb, "Still here?");

    public static TheoryData<string> Operations => [Me, CreateSession, SendMessage];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task An_operation_on_the_open_socket_of_a_deactivated_user_closes_it_with_4403_and_does_not_run(string operation)
    {
        await using var client = await Server.ConnectAsAsync(TestWorld.Creator);
        await client.RunAsync("before", Me);
        var sessions = await StoredSessions.CountAsync(Server.App);
        var messages = await StoredSessions.MessageCountAsync(Server.App, TestWorld.CreatorWeb);

        await AccessChanges.DeactivateAsync(Server.App, TestWorld.Creator);
        await client.SubscribeAsync("after", operation);

        Assert.Equal(Revoked, await client.ReceiveCloseAsync());
        Assert.Equal(sessions, await StoredSessions.CountAsync(Server.App));
        Assert.Equal(messages, await StoredSessions.MessageCountAsync(Server.App, TestWorld.CreatorWeb));
    }

    [Fact]
    public async Task An_operation_on_the_open_socket_of_a_deleted_user_closes_it_with_4403()
    {
        await using var client = await Server.ConnectAsAsync(TestWorld.Stranger);
        await client.RunAsync("before", Me);

        await AccessChanges.DeleteUserAsync(Server.App, TestWorld.Stranger);
        await client.SubscribeAsync("after", Me);

        Assert.Equal(Revoked, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task An_idle_socket_of_a_deactivated_user_closes_with_4403_at_its_next_ping()
    {
        await using var client = await Server.ConnectAsAsync(TestWorld.Creator);
        await client.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await client.ReceiveAsync()).GetProperty("type").GetString());

        await AccessChanges.DeactivateAsync(Server.App, TestWorld.Creator);
        await client.SendAsync(new { type = "ping" });

        Assert.Equal(Revoked, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_session_changed_all_subscription_of_a_deactivated_admin_closes_with_4403_at_its_next_event()
    {
        await using var admin = await Server.ConnectAsAsync(TestWorld.OrgAdmin);
        await admin.SubscribeAsync("all", SessionChanges.All(TestWorld.Harbor));
        await Server.WaitForSubscribersAsync(1);
        await SessionChanges.RenameAsync(Server, TestWorld.HarborChat, "Before");
        var first = (await admin.ReceiveAsync("next", "all")).GetProperty("data").GetProperty("sessionChanged");
        Assert.Equal("Before", first.GetProperty("session").GetProperty("title").GetString());

        await AccessChanges.DeactivateAsync(Server.App, TestWorld.OrgAdmin);
        await SessionChanges.RenameAsync(Server, TestWorld.HarborChat, "After");

        Assert.Equal(Revoked, await admin.ReceiveCloseAsync());
        await Server.WaitForSubscribersAsync(0);
    }
}
