using System.Net;
using Clawith.Graph.Tests.Infrastructure;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;
using static Clawith.Graph.Tests.Rest.RestCalls;
using Clawith.Graph.Tests.Generations;

namespace Clawith.Graph.Tests.Rest;

/// <summary>DELETE a session: 204 with no body, the session and all its messages gone.</summary>
public sealed class DeleteSessionRouteTests
{
    [Fact225b36fd(Reversals.SoftDelete, typeof(HeadDeleteSessionTests), nameof(HeadDeleteSessionTests.Delete_is_soft_keeps_the_messages_and_a_second_delete_finds_nothing))]
    public async Task Delete_answers_204_with_an_empty_body_and_removes_the_session_and_its_messages()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var before = await StoredMessages.PerConversationAsync(app);

        var response = await app.Client().As(Permitted).DeleteAsync(Atlas, PermittedLong);

        Assert.Equal(HttpStatusCode.NoContent, response.Status);
        Assert.Empty(response.Bytes);
        Assert.Null(await StoredSessions.FindAsync(app, PermittedLong));
        var after = await StoredMessages.PerConversationAsync(app);
        Assert.Equal(LongChatLength, before[PermittedLong.ToString()]);
        Assert.False(after.ContainsKey(PermittedLong.ToString()));
        Assert.Equal(before.Where(c => c.Key != PermittedLong.ToString()).OrderBy(c => c.Key), after.OrderBy(c => c.Key));
    }

    [Fact]
    public async Task A_second_delete_of_the_same_session_is_Session_not_found()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var client = app.Client().As(Creator);

        var first = await client.DeleteAsync(Atlas, CreatorWeb);
        var second = await client.DeleteAsync(Atlas, CreatorWeb);

        Assert.Equal(HttpStatusCode.NoContent, first.Status);
        AssertError(second, HttpStatusCode.NotFound, "Session not found");
    }

    [Fact225b36fd(Reversals.CreatorViewsAll, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation))]
    public async Task A_member_may_not_delete_someone_elses_session_and_nothing_is_removed()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var before = await StoredMessages.PerConversationAsync(app);

        var permitted = await app.Client().As(Permitted).DeleteAsync(Atlas, CreatorWeb);
        var creator = await app.Client().As(Creator).DeleteAsync(Atlas, PermittedTools);

        AssertError(permitted, HttpStatusCode.Forbidden, "Not authorized");
        AssertError(creator, HttpStatusCode.Forbidden, "Not authorized");
        Assert.NotNull(await StoredSessions.FindAsync(app, CreatorWeb));
        Assert.NotNull(await StoredSessions.FindAsync(app, PermittedTools));
        Assert.Equal(before.OrderBy(c => c.Key), (await StoredMessages.PerConversationAsync(app)).OrderBy(c => c.Key));
    }

    [Fact225b36fd(Reversals.SoftDelete, typeof(HeadDeleteSessionTests), nameof(HeadDeleteSessionTests.Delete_is_soft_keeps_the_messages_and_a_second_delete_finds_nothing))]
    public async Task An_admin_role_may_delete_someone_elses_session()
    {
        await using var app = await ClawithAppFactory.CreateAsync();

        var response = await app.Client().As(AgentAdmin).DeleteAsync(Harbor, HarborChat);

        Assert.Equal(HttpStatusCode.NoContent, response.Status);
        Assert.Null(await StoredSessions.FindAsync(app, HarborChat));
        Assert.Equal(0, await StoredSessions.MessageCountAsync(app, HarborChat));
    }

    [Fact225b36fd(Reversals.AccessModes, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation))]
    public async Task Delete_finds_a_session_only_under_its_own_agent()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var client = app.Client().As(PlatformAdmin);

        var underPeer = await client.DeleteAsync(Beacon, AtlasToBeacon);
        var otherAgents = await client.DeleteAsync(Atlas, HarborChat);

        AssertError(underPeer, HttpStatusCode.NotFound, "Session not found");
        AssertError(otherAgents, HttpStatusCode.NotFound, "Session not found");
        Assert.Equal(4, await StoredSessions.MessageCountAsync(app, AtlasToBeacon));
        Assert.Equal(1, await StoredSessions.MessageCountAsync(app, HarborChat));
    }
}
