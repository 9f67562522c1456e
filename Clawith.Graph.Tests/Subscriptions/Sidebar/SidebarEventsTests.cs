using System.Text.Json;
using Clawith.Graph.Tests.Generations;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Subscriptions.Sidebar;

/// <summary>
/// sessionChanged tells each subscriber about its own listing: a session is ADDED when it starts to qualify
/// (MINE: its first user message to the agent; ALL: its first message), and a session outside the listing
/// (a new one, without messages) is never announced, renamed or deleted. Real writes, over real sockets.
/// </summary>
public sealed class SidebarEventsTests(LiveServer server) : IClassFixture<LiveServer>
{
    private static string Changes(Guid agentId, string scope) => LiveOperations.SessionChanged(agentId, scope, "kind sessionId session { title messageCount }");

    [Fact]
    public async Task A_new_session_is_added_to_mine_and_all_at_its_first_message_and_not_before()
    {
        await using var owner = await ActorAsync(TestWorld.Permitted, "Pete");
        await using var subscribed = await SubscribedAsync(TestWorld.Permitted);
        var id = await owner.CreateAsync(TestWorld.Atlas, "Brand new");

        Assert.True(await owner.SendAsync(TestWorld.Atlas, id, "Hello."));
        foreach (var (client, subscription) in subscribed)
            AssertChange(await NextAsync(client, subscription), "ADDED", id, "Brand new", messageCount: 1);
        Assert.True(await owner.SendAsync(TestWorld.Atlas, id, "Again."));
        foreach (var (client, subscription) in subscribed)
            AssertChange(await NextAsync(client, subscription), "MESSAGE_ADDED", id, "Brand new", messageCount: 2);
    }

    [Fact225b36fd(Reversals.MineAnyMessage, typeof(HeadListingMembershipTests), nameof(HeadListingMembershipTests.Every_session_is_in_the_listings_its_events_say_it_is_in))]
    public async Task A_session_of_agent_replies_only_enters_mine_at_the_owners_first_message_while_all_hears_a_message()
    {
        await using var owner = await ActorAsync(TestWorld.Creator, "Carla");
        await using var subscribed = await SubscribedAsync(TestWorld.Creator);

        Assert.True(await owner.SendAsync(TestWorld.Atlas, TestWorld.CreatorOrphan, "What was that about?"));

        var (mine, all) = (subscribed[0], subscribed[1]);
        AssertChange(await NextAsync(mine.Client, mine.Subscription), "ADDED", TestWorld.CreatorOrphan, "Orphan reply", messageCount: 2);
        AssertChange(await NextAsync(all.Client, all.Subscription), "MESSAGE_ADDED", TestWorld.CreatorOrphan, "Orphan reply", messageCount: 2);
    }

    [Fact]
    public async Task Renaming_or_deleting_a_session_no_listing_holds_tells_no_one()
    {
        await using var owner = await ActorAsync(TestWorld.Creator, "Carla");
        await using var subscribed = await SubscribedAsync(TestWorld.Creator);
        var id = await owner.CreateAsync(TestWorld.Atlas, "Draft");

        Assert.True(await owner.RenameAsync(TestWorld.Atlas, id, "Draft, renamed"));
        Assert.True(await owner.RenameAsync(TestWorld.Atlas, TestWorld.CreatorEmpty, "Still empty"));
        Assert.True(await owner.DeleteAsync(TestWorld.Atlas, id));
        Assert.True(await owner.RenameAsync(TestWorld.Atlas, TestWorld.CreatorWeb, "Listed everywhere"));

        // The first event each hears is the last change: nothing came before it.
        foreach (var (client, subscription) in subscribed)
            AssertChange(await NextAsync(client, subscription), "RENAMED", TestWorld.CreatorWeb, "Listed everywhere", messageCount: 2);
    }

    private async Task<SidebarActor> ActorAsync(Guid userId, string name) => new(await server.ConnectAsAsync(userId), userId, name);

    /// <summary>The user's MINE subscription on Atlas and the platform admin's ALL, both listening.</summary>
    private async Task<Subscribed> SubscribedAsync(Guid userId)
    {
        await server.WaitForSubscribersAsync(0);
        var mine = await server.ConnectAsAsync(userId);
        var all = await server.ConnectAsAsync(TestWorld.PlatformAdmin);
        await mine.SubscribeAsync("mine", Changes(TestWorld.Atlas, "MINE"));
        await all.SubscribeAsync("all", Changes(TestWorld.Atlas, "ALL"));
        await server.WaitForSubscribersAsync(2);
        return new Subscribed([(mine, "mine"), (all, "all")]);
    }

    private static async Task<JsonElement> NextAsync(TransportClient client, string subscription) =>
        (await client.ReceiveAsync("next", subscription)).GetProperty("data").GetProperty("sessionChanged");

    private static void AssertChange(JsonElement change, string kind, Guid sessionId, string title, int messageCount)
    {
        Assert.Equal((kind, sessionId.ToString()), (change.GetProperty("kind").GetString(), change.GetProperty("sessionId").GetString()));
        Assert.Equal((title, messageCount),
            (change.GetProperty("session").GetProperty("title").GetString(), change.GetProperty("session").GetProperty("messageCount").GetInt32()));
    }

    /// <summary>Subscribed clients, closed together.</summary>
    private sealed class Subscribed(List<(TransportClient Client, string Subscription)> clients)
        : List<(TransportClient Client, string Subscription)>(clients), IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            foreach (var (client, _) in this)
                await client.DisposeAsync();
        }
    }
}
