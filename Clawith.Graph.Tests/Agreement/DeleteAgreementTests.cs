using System.Net;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Generations;

namespace Clawith.Graph.Tests.Agreement;

/// <summary>A session deleted through one API is gone, with its messages, for both.</summary>
public sealed class DeleteAgreementTests
{
    private const string NotFound = "NOT_FOUND: Session not found";

    [Fact225b36fd(Reversals.SoftDelete, typeof(HeadDeleteSessionTests), nameof(HeadDeleteSessionTests.Delete_is_soft_keeps_the_messages_and_a_second_delete_finds_nothing))]
    public async Task After_a_delete_through_rest_graphql_finds_nothing()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var client = app.As("creator");

        var deleted = await client.RestDeleteAsync(TestWorld.Atlas, TestWorld.CreatorWeb);

        Assert.Equal("deleted CreatorWeb", MutationCalls.RestDeleted(deleted, TestWorld.CreatorWeb));
        await AssertGoneForBothAsync(app, client);
    }

    [Fact225b36fd(Reversals.SoftDelete, typeof(HeadDeleteSessionTests), nameof(HeadDeleteSessionTests.Delete_is_soft_keeps_the_messages_and_a_second_delete_finds_nothing))]
    public async Task After_a_delete_through_graphql_rest_finds_nothing()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var client = app.As("creator");

        var deleted = await client.GraphDeleteAsync(TestWorld.Atlas, TestWorld.CreatorWeb);

        Assert.Equal("deleted CreatorWeb", MutationCalls.GraphDeleted(deleted));
        await AssertGoneForBothAsync(app, client);
    }

    /// <summary>Reading, renaming and deleting again are NOT_FOUND on both sides; the listings agree it is gone; no message is left.</summary>
    private static async Task AssertGoneForBothAsync(ClawithAppFactory app, GraphClient client)
    {
        var (atlas, web) = (TestWorld.Atlas, TestWorld.CreatorWeb);
        Agree.Same(await SessionMessages.RestAsync(client, atlas, web), await SessionMessages.GraphAsync(app, client, atlas, web), "reading a deleted session");
        Assert.Equal(NotFound, (await SessionMessages.RestAsync(client, atlas, web)).Refusal);
        Agree.Same(MutationCalls.RestRenamed(await client.RestRenameAsync(atlas, web, "Too late")),
            MutationCalls.GraphRenamed(await client.GraphRenameAsync(atlas, web, "Too late")), "renaming a deleted session");
        var restDelete = MutationCalls.RestDeleted(await client.RestDeleteAsync(atlas, web), web);
        Agree.Same(restDelete, MutationCalls.GraphDeleted(await client.GraphDeleteAsync(atlas, web)), "deleting a deleted session");
        Assert.Equal(NotFound, restDelete);
        var restListed = await Listings.RestAsync(client, atlas, "mine");
        Agree.Same(restListed, await Listings.GraphAsync(client, atlas, "mine"), "the creator's listing after the delete");
        Assert.DoesNotContain(restListed.Items, row => (string?)row["id"] == "CreatorWeb");
        Assert.False((await StoredMessages.PerConversationAsync(app)).ContainsKey(web.ToString()));
    }
}
