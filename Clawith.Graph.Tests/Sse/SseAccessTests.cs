using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Subscriptions;

namespace Clawith.Graph.Tests.Sse;

/// <summary>
/// The stream acts for its bearer token's user as the database has them at each event (the caller rows the
/// WebSocket transport reads), and only until the token expires: a revoked permission ends the subscription
/// with its error; a deactivated user or an expired token ends the stream without <c>complete</c>, which
/// graphql-sse answers by reconnecting (with its headers asked for again: a fresh token).
/// </summary>
public sealed class SseAccessTests : FreshCallerTests
{
    [Fact]
    public async Task A_subscription_ends_with_one_error_once_agent_access_is_revoked_and_leaves_the_bus()
    {
        await using var stream = await Server.StreamAsync(TestWorld.Permitted, SseRequests.MessageAdded(TestWorld.Atlas, TestWorld.PermittedTools));
        await Server.WaitForSubscribersAsync(1);
        await Server.AddMessageAsync(TestWorld.PermittedTools, "While shared.");
        await stream.NextEventAsync("next");

        await AccessChanges.RevokeAgentPermissionAsync(Server.App, TestWorld.Atlas, TestWorld.Permitted);
        await Server.AddMessageAsync(TestWorld.PermittedTools, "After the revocation.");

        var refused = await stream.NextEventAsync("next");
        Assert.Equal("AUTH_NOT_AUTHORIZED", refused.ErrorCode());
        Assert.Equal("No access to this agent", refused.ErrorMessage());
        await stream.NextEventAsync("complete");
        Assert.Empty(await stream.RestAsync());
        await Server.WaitForSubscribersAsync(0);
    }

    [Fact]
    public async Task The_stream_of_a_user_deactivated_meanwhile_ends_at_its_next_event_without_complete()
    {
        await using var stream = await Server.StreamAsync(TestWorld.Creator, SseRequests.MessageAdded(TestWorld.Atlas, TestWorld.CreatorWeb));
        await Server.WaitForSubscribersAsync(1);
        Assert.Equal("", await stream.NextCommentAsync());

        await AccessChanges.DeactivateAsync(Server.App, TestWorld.Creator);
        await Server.AddMessageAsync(TestWorld.CreatorWeb, "Unheard.");

        Assert.Equal([":Forbidden: the user is inactive or no longer exists"], await stream.RestAsync());
        await Server.WaitForSubscribersAsync(0);
    }

    [Fact]
    public async Task The_stream_ends_when_its_token_expires()
    {
        await using var stream = await SseClient.PostAsync(Server.Address, Server.TokenFor(TestWorld.Creator, TimeSpan.FromSeconds(2)),
            SseRequests.MessageAdded(TestWorld.Atlas, TestWorld.CreatorWeb));
        await Server.WaitForSubscribersAsync(1);

        Assert.Equal(":Forbidden: the token expired", (await stream.RestAsync()).Last());
        await Server.WaitForSubscribersAsync(0);
    }
}
