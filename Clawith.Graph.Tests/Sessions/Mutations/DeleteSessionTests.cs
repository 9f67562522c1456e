using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;
using Clawith.Graph.Tests.Generations;

namespace Clawith.Graph.Tests.Sessions.Mutations;

/// <summary>deleteSession: the session and every message of its conversation go together; nothing else does.</summary>
public sealed class DeleteSessionTests
{
    private const string Mutation = "deleteSession";

    [Fact225b36fd(Reversals.SoftDelete, typeof(HeadDeleteSessionTests), nameof(HeadDeleteSessionTests.Delete_is_soft_keeps_the_messages_and_a_second_delete_finds_nothing))]
    public async Task Delete_removes_the_session_and_all_its_messages_and_echoes_its_id()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        Assert.Equal(TestWorld.LongChatLength, await StoredSessions.MessageCountAsync(app, TestWorld.PermittedLong));

        var response = await app.Client().As(TestWorld.Permitted).DeleteSessionAsync(
            new { agentId = TestWorld.Atlas, sessionId = TestWorld.PermittedLong });

        var payload = PayloadAssert.Succeeded(response, Mutation);
        Assert.Equal(TestWorld.PermittedLong.ToString(), (string?)payload["deletedSessionId"]);
        Assert.Null(await StoredSessions.FindAsync(app, TestWorld.PermittedLong));
        Assert.Equal(0, await StoredSessions.MessageCountAsync(app, TestWorld.PermittedLong));
        Snapshot.Match(response.Snapshot);
    }

    [Fact225b36fd(Reversals.SoftDelete, typeof(HeadDeleteSessionTests), nameof(HeadDeleteSessionTests.Delete_is_soft_keeps_the_messages_and_a_second_delete_finds_nothing))]
    public async Task Delete_leaves_other_sessions_and_their_messages_untouched()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var sessionsBefore = await StoredSessions.SessionIdsAsync(app);
        var messagesBefore = await StoredMessages.PerConversationAsync(app);

        var response = await app.Client().As(TestWorld.Creator).DeleteSessionAsync(
            new { agentId = TestWorld.Atlas, sessionId = TestWorld.CreatorWeb });

        PayloadAssert.Succeeded(response, Mutation);
        Assert.Equal(sessionsBefore.Except([TestWorld.CreatorWeb]).ToHashSet(), await StoredSessions.SessionIdsAsync(app));
        var expectedMessages = messagesBefore.Where(c => c.Key != TestWorld.CreatorWeb.ToString()).ToDictionary();
        Assert.Equal(2, messagesBefore[TestWorld.CreatorWeb.ToString()]);
        Assert.Equal(expectedMessages, await StoredMessages.PerConversationAsync(app));
    }

    [Fact225b36fd(Reversals.SoftDelete, typeof(HeadDeleteSessionTests), nameof(HeadDeleteSessionTests.Delete_is_soft_keeps_the_messages_and_a_second_delete_finds_nothing))]
    public async Task Delete_removes_every_message_of_the_conversation_even_one_addressed_to_another_agent()
    {
        await using var app = await ClawithAppFactory.CreateAsync();

        var response = await app.Client().As(TestWorld.Creator).DeleteSessionAsync(
            new { agentId = TestWorld.Atlas, sessionId = TestWorld.CreatorCrossAgent });

        PayloadAssert.Succeeded(response, Mutation);
        Assert.Equal(0, await StoredSessions.MessageCountAsync(app, TestWorld.CreatorCrossAgent));
    }

    [Fact225b36fd(Reversals.SoftDelete, typeof(HeadDeleteSessionTests), nameof(HeadDeleteSessionTests.Delete_is_soft_keeps_the_messages_and_a_second_delete_finds_nothing))]
    public async Task An_agent_admin_deletes_another_users_session_of_an_agent_shared_company_wide()
    {
        await using var app = await ClawithAppFactory.CreateAsync();

        var response = await app.Client().As(TestWorld.AgentAdmin).DeleteSessionAsync(
            new { agentId = TestWorld.Harbor, sessionId = TestWorld.HarborChat });

        Assert.Equal(TestWorld.HarborChat.ToString(), (string?)PayloadAssert.Succeeded(response, Mutation)["deletedSessionId"]);
        Assert.Null(await StoredSessions.FindAsync(app, TestWorld.HarborChat));
        Assert.Equal(0, await StoredSessions.MessageCountAsync(app, TestWorld.HarborChat));
    }

    [Fact]
    public async Task Deleting_twice_reports_the_session_not_found_the_second_time()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var client = app.Client().As(TestWorld.Creator);
        var input = new { agentId = TestWorld.Atlas, sessionId = TestWorld.CreatorWeb };
        PayloadAssert.Succeeded(await client.DeleteSessionAsync(input), Mutation);

        var response = await client.DeleteSessionAsync(input);

        PayloadAssert.SessionMissing(response, Mutation, "deletedSessionId");
    }

    [Fact225b36fd(Reversals.AccessModes, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation))]
    public async Task Delete_does_not_find_an_agent_to_agent_session_under_its_peer()
    {
        await using var app = await ClawithAppFactory.CreateAsync();

        var response = await app.Client().As(TestWorld.PlatformAdmin).DeleteSessionAsync(
            new { agentId = TestWorld.Beacon, sessionId = TestWorld.AtlasToBeacon });

        PayloadAssert.SessionMissing(response, Mutation, "deletedSessionId");
        Assert.NotNull(await StoredSessions.FindAsync(app, TestWorld.AtlasToBeacon));
        Assert.Equal(4, await StoredSessions.MessageCountAsync(app, TestWorld.AtlasToBeacon));
    }

    [Fact]
    public async Task A_malformed_session_id_is_an_input_error_and_deletes_nothing()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var sessionsBefore = await StoredSessions.SessionIdsAsync(app);
        var messagesBefore = await StoredMessages.PerConversationAsync(app);

        var response = await app.Client().As(TestWorld.Creator).DeleteSessionAsync(
            new { agentId = TestWorld.Atlas, sessionId = "c0000000-0000-4000-8000-00000000000Z" });

        Assert.Equal("INVALID_INPUT", response.ErrorCode());
        Assert.Null(response.Data?["deleteSession"]);
        Assert.Equal(sessionsBefore, await StoredSessions.SessionIdsAsync(app));
        Assert.Equal(messagesBefore, await StoredMessages.PerConversationAsync(app));
    }
}
