using System.Net.Http.Headers;
using System.Text.Json;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Subscriptions;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;

namespace Clawith.Graph.Tests.Generations;

/// <summary>
/// sessionChanged's READ: the owner's subscriptions (their MINE, and their ALL) hear that they marked their session read,
/// by markSessionRead or by reading its messages over REST; nobody else's do, and a 225b36fd database never sends it.
/// </summary>
public sealed class SessionReadTests(LiveServer server) : IClassFixture<LiveServer>
{
    private static string Changes(string scope) =>
        LiveOperations.SessionChanged(Atlas, scope, "kind sessionId session { unreadCount }");

    [Fact251aeba8]
    public async Task The_owner_hears_READ_on_mine_and_all_after_markSessionRead_and_an_admins_all_does_not()
    {
        var (mine, all, admin) = await SubscribeAsync();
        await using var actor = await server.ConnectAsAsync(Creator);

        var marked = await actor.RunAsync("mark", LiveOperations.MarkSessionRead(Atlas, CreatorWeb));

        Assert.Equal(CreatorWeb.ToString(), marked.GetProperty("data").GetProperty("markSessionRead").GetProperty("session").GetProperty("id").GetString());
        AssertRead(await NextAsync(mine, "mine"), CreatorWeb);
        AssertRead(await NextAsync(all, "all"), CreatorWeb);
        await AssertNextIsARenameAsync(admin, CreatorWeb);
        await DisposeAsync(mine, all, admin);
    }

    [Fact251aeba8]
    [Rule("M6", "§7")]
    public async Task The_owner_hears_READ_after_reading_the_messages_over_REST()
    {
        var (mine, all, admin) = await SubscribeAsync();

        var read = await RestAsync(Creator, CreatorFeishu);

        Assert.True(read.IsSuccessStatusCode);
        AssertRead(await NextAsync(mine, "mine"), CreatorFeishu);
        AssertRead(await NextAsync(all, "all"), CreatorFeishu);
        await AssertNextIsARenameAsync(admin, CreatorFeishu);
        await DisposeAsync(mine, all, admin);
    }

    [Fact251aeba8]
    public async Task An_admin_reading_the_owners_session_sends_no_READ()
    {
        var (mine, all, admin) = await SubscribeAsync();

        Assert.True((await RestAsync(PlatformAdmin, CreatorTie)).IsSuccessStatusCode);

        await AssertNextIsARenameAsync(mine, CreatorTie, "mine");
        await DisposeAsync(mine, all, admin);
    }

    [Fact225b36fd("251aeba8 keeps read marks and sends READ (SessionReadTests); 225b36fd keeps none, so nothing is ever marked read")]
    public async Task On_225b36fd_no_READ_is_ever_sent()
    {
        await using var mine = await server.ConnectAsAsync(Creator);
        await mine.SubscribeAsync("mine", Changes("MINE").Replace(" session { unreadCount }", ""));
        await server.WaitForSubscribersAsync(1);
        await using var actor = await server.ConnectAsAsync(Creator);

        await actor.RunAsync("mark", LiveOperations.MarkSessionRead(Atlas, CreatorWeb));
        Assert.True((await RestAsync(Creator, CreatorWeb)).IsSuccessStatusCode);

        await AssertNextIsARenameAsync(mine, CreatorWeb, "mine");
        await mine.CompleteAsync("mine");
        await server.WaitForSubscribersAsync(0);
    }

    /// <summary>The owner's MINE and ALL (the agent's creator views all, A10) on connections of their own, and an admin's ALL.</summary>
    private async Task<(TransportClient Mine, TransportClient All, TransportClient Admin)> SubscribeAsync()
    {
        var mine = await server.ConnectAsAsync(Creator);
        var all = await server.ConnectAsAsync(Creator);
        var admin = await server.ConnectAsAsync(PlatformAdmin);
        await mine.SubscribeAsync("mine", Changes("MINE"));
        await all.SubscribeAsync("all", Changes("ALL"));
        await admin.SubscribeAsync("all", Changes("ALL"));
        await server.WaitForSubscribersAsync(3);
        return (mine, all, admin);
    }

    private async Task<HttpResponseMessage> RestAsync(Guid caller, Guid session)
    {
        using var http = new HttpClient { BaseAddress = server.Address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.TokenFor(caller));
        return await http.GetAsync($"/api/agents/{Atlas}/sessions/{session}/messages");
    }

    private static async Task<JsonElement> NextAsync(TransportClient client, string id) =>
        (await client.ReceiveAsync("next", id)).GetProperty("data").GetProperty("sessionChanged");

    private static void AssertRead(JsonElement change, Guid session)
    {
        Assert.Equal("READ", change.GetProperty("kind").GetString());
        Assert.Equal(session.ToString(), change.GetProperty("sessionId").GetString());
        Assert.Equal(0, change.GetProperty("session").GetProperty("unreadCount").GetInt32());
    }

    /// <summary>Nothing came before a rename of the session: the next change the subscription hears is that rename.</summary>
    private async Task AssertNextIsARenameAsync(TransportClient client, Guid session, string id = "all")
    {
        await SessionChanges.RenameAsync(server, session, $"Renamed {Guid.NewGuid():N}");
        var change = await NextAsync(client, id);
        Assert.Equal("RENAMED", change.GetProperty("kind").GetString());
        Assert.Equal(session.ToString(), change.GetProperty("sessionId").GetString());
    }

    private async Task DisposeAsync(params TransportClient[] clients)
    {
        foreach (var client in clients)
            await client.DisposeAsync();
        await server.WaitForSubscribersAsync(0);
    }
}
