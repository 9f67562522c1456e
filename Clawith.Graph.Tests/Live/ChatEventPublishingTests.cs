using Clawith.Graph.Live;
using Clawith.Graph.Tests.Generations;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Messages.Sending;
using Clawith.Graph.Tests.Sessions.Mutations;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Clawith.Graph.Tests.Live;

/// <summary>
/// Every committed change to a session is told to the app's chat event bus once, with its routing facts
/// and the listings the session was in before the change and is in after it.
/// </summary>
public sealed class ChatEventPublishingTests
{
    private static readonly ListedIn MineAndAll = new(Mine: true, All: true);
    private static readonly ListedIn AllOnly = new(Mine: false, All: true);

    [Fact]
    public async Task Creating_a_session_publishes_nothing_and_its_first_message_publishes_its_entry_into_both_listings()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        using var events = ChatEventCollector.On(app);
        var permitted = app.Client().As(TestWorld.Permitted);

        var response = await permitted.CreateSessionAsync(new { agentId = TestWorld.Atlas, title = "Live" });
        var id = Guid.Parse((string)PayloadAssert.Succeeded(response, "createSession")["session"]!["id"]!);
        var sent = await permitted.SendMessageAsync(TestWorld.Atlas, id, "First words.");

        var messageId = Guid.Parse((string)PayloadAssert.Succeeded(sent, SendMessageCalls.Mutation)["message"]!["id"]!);
        await events.WaitForAsync(e => e.MessageId == messageId);
        Assert.Equal([new ChatEvent(ChatEventKind.MessageAdded, TestWorld.Atlas, id, TestWorld.Permitted, null, "web", false,
            ListedIn.Nowhere, MineAndAll, messageId)], events.Heard);
    }

    [Fact225b36fd(Reversals.MineAnyMessage, typeof(HeadListingMembershipTests), nameof(HeadListingMembershipTests.Every_session_is_in_the_listings_its_events_say_it_is_in))]
    public async Task A_first_user_message_in_a_session_of_assistant_messages_publishes_its_entry_into_mine_only()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        using var events = ChatEventCollector.On(app);

        var response = await app.Client().As(TestWorld.Creator).SendMessageAsync(TestWorld.Atlas, TestWorld.CreatorOrphan, "About that answer.");

        var id = Guid.Parse((string)PayloadAssert.Succeeded(response, SendMessageCalls.Mutation)["message"]!["id"]!);
        var heard = await events.WaitForAsync(e => e.MessageId == id);
        Assert.Equal((AllOnly, MineAndAll), (heard.Before, heard.After));
    }

    [Fact225b36fd(Reversals.MineAnyMessage, typeof(HeadListingMembershipTests), nameof(HeadListingMembershipTests.Every_session_is_in_the_listings_its_events_say_it_is_in))]
    public async Task A_first_user_message_to_this_agent_after_one_to_another_agent_publishes_its_entry_into_mine()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        using var events = ChatEventCollector.On(app);

        var response = await app.Client().As(TestWorld.Creator).SendMessageAsync(TestWorld.Atlas, TestWorld.CreatorCrossAgent, "Now for you, Atlas.");

        var id = Guid.Parse((string)PayloadAssert.Succeeded(response, SendMessageCalls.Mutation)["message"]!["id"]!);
        var heard = await events.WaitForAsync(e => e.MessageId == id);
        Assert.Equal((AllOnly, MineAndAll), (heard.Before, heard.After));
    }

    [Fact]
    public async Task Renaming_a_session_without_messages_publishes_it_as_in_no_listing()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        using var events = ChatEventCollector.On(app);

        PayloadAssert.Succeeded(await app.Client().As(TestWorld.Creator).RenameSessionAsync(
            new { agentId = TestWorld.Atlas, sessionId = TestWorld.CreatorEmpty, title = "Still empty" }), "renameSession");

        var heard = await events.WaitForAsync(e => e.SessionId == TestWorld.CreatorEmpty);
        Assert.Equal(new ChatEvent(ChatEventKind.SessionRenamed, TestWorld.Atlas, TestWorld.CreatorEmpty, TestWorld.Creator, null, "web", false,
            ListedIn.Nowhere, ListedIn.Nowhere), heard);
    }

    [Fact225b36fd(Reversals.DirectOnly, typeof(HeadDeleteSessionTests), nameof(HeadDeleteSessionTests.Only_direct_sessions_are_renamed_or_deleted))]
    public async Task An_admin_renaming_an_agent_to_agent_session_publishes_session_renamed_with_its_owner_and_peer()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        using var events = ChatEventCollector.On(app);

        PayloadAssert.Succeeded(await app.Client().As(TestWorld.PlatformAdmin).RenameSessionAsync(
            new { agentId = TestWorld.Atlas, sessionId = TestWorld.AtlasToBeacon, title = "Renamed" }), "renameSession");

        var heard = await events.WaitForAsync(e => e.SessionId == TestWorld.AtlasToBeacon);
        Assert.Equal(new ChatEvent(ChatEventKind.SessionRenamed, TestWorld.Atlas, TestWorld.AtlasToBeacon, TestWorld.OrgAdmin, TestWorld.Beacon, "agent", false,
            AllOnly, AllOnly), heard);
    }

    [Fact]
    public async Task Deleting_someone_elses_session_publishes_session_deleted_with_the_deleted_sessions_facts()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        using var events = ChatEventCollector.On(app);

        PayloadAssert.Succeeded(await app.Client().As(TestWorld.AgentAdmin).DeleteSessionAsync(
            new { agentId = TestWorld.Harbor, sessionId = TestWorld.HarborChat }), "deleteSession");

        var heard = await events.WaitForAsync(e => e.SessionId == TestWorld.HarborChat);
        Assert.Equal(new ChatEvent(ChatEventKind.SessionDeleted, TestWorld.Harbor, TestWorld.HarborChat, TestWorld.CompanyMember, null, "web", false,
            MineAndAll, ListedIn.Nowhere), heard);
    }

    [Fact225b36fd(Reversals.DirectOnly, typeof(HeadDeleteSessionTests), nameof(HeadDeleteSessionTests.Only_direct_sessions_are_renamed_or_deleted))]
    public async Task A_group_session_deleted_through_rest_publishes_session_deleted_as_a_group()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        using var events = ChatEventCollector.On(app);

        var response = await app.Client().As(TestWorld.Creator).RestAsync(HttpMethod.Delete, $"/api/agents/{TestWorld.Atlas}/sessions/{TestWorld.CreatorGroup}");

        Assert.Equal(204, (int)response.Status);
        var heard = await events.WaitForAsync(e => e.SessionId == TestWorld.CreatorGroup);
        Assert.Equal(new ChatEvent(ChatEventKind.SessionDeleted, TestWorld.Atlas, TestWorld.CreatorGroup, TestWorld.Creator, null, "slack", true,
            AllOnly, ListedIn.Nowhere), heard);
    }

    [Fact]
    public async Task Sending_a_message_publishes_message_added_with_the_messages_id()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        using var events = ChatEventCollector.On(app);

        var response = await app.Client().As(TestWorld.Creator).SendMessageAsync(TestWorld.Atlas, TestWorld.CreatorWeb, "Hello, live.");

        var id = Guid.Parse((string)PayloadAssert.Succeeded(response, SendMessageCalls.Mutation)["message"]!["id"]!);
        var heard = await events.WaitForAsync(e => e.MessageId == id);
        Assert.Equal(new ChatEvent(ChatEventKind.MessageAdded, TestWorld.Atlas, TestWorld.CreatorWeb, TestWorld.Creator, null, "web", false,
            MineAndAll, MineAndAll, id), heard);
    }

    [Fact]
    public async Task Each_change_is_heard_once_and_refusals_are_not_heard_at_all()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        using var events = ChatEventCollector.On(app);
        var creator = app.Client().As(TestWorld.Creator);

        await app.Client().As(TestWorld.Permitted).SendMessageAsync(TestWorld.Atlas, TestWorld.CreatorWeb, "Not mine to send.");
        await creator.SendMessageAsync(TestWorld.Atlas, TestWorld.CreatorWeb, "   ");
        await app.Client().As(TestWorld.Permitted).DeleteSessionAsync(new { agentId = TestWorld.Atlas, sessionId = TestWorld.CreatorWeb });
        PayloadAssert.Succeeded(await creator.RenameSessionAsync(
            new { agentId = TestWorld.Atlas, sessionId = TestWorld.CreatorWeb, title = "Last" }), "renameSession");

        await events.WaitForAsync(e => e.Kind == ChatEventKind.SessionRenamed);
        await Task.Delay(200); // room for a stray or doubled delivery to arrive
        Assert.Equal([ChatEventKind.SessionRenamed], events.Heard.Select(e => e.Kind));
    }

    [Fact]
    public async Task A_bus_that_fails_to_publish_does_not_fail_the_write_that_committed()
    {
        await using var world = await ClawithAppFactory.CreateAsync();
        await using var app = world.WithWebHostBuilder(host =>
            host.ConfigureTestServices(services => services.AddSingleton<IChatEvents, BrokenChatEvents>()));
        var client = new GraphClient(app.CreateClient(), world).WithToken(world.TokenFor(TestWorld.Creator));

        var response = await client.SendMessageAsync(TestWorld.Atlas, TestWorld.CreatorWeb, "Stored all the same.");

        PayloadAssert.Succeeded(response, SendMessageCalls.Mutation);
        Assert.Equal(3, await StoredSessions.MessageCountAsync(world, TestWorld.CreatorWeb));
    }

    private sealed class BrokenChatEvents : IChatEvents
    {
        public Task PublishAsync(ChatEvent chatEvent, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The bus is down.");

        public IDisposable Subscribe(Action<ChatEvent> onEvent) => throw new InvalidOperationException("The bus is down.");
    }
}
