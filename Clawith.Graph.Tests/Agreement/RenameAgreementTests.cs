using System.Net;
using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace Clawith.Graph.Tests.Agreement;

/// <summary>A title changed through one API is the title the other reads.</summary>
public sealed class RenameAgreementTests
{
    [Fact]
    public async Task A_rename_through_rest_is_read_back_through_graphql()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var client = app.As("creator");

        var renamed = await client.RestRenameAsync(TestWorld.Atlas, TestWorld.CreatorWeb, "  Renamed by REST  ");
        var restListed = (await Listings.RestAsync(client, TestWorld.Atlas, "mine")).Only(TestWorld.CreatorWeb);
        var graph = await SessionById.GraphAsync(client, TestWorld.Atlas, TestWorld.CreatorWeb);

        Assert.Equal(HttpStatusCode.OK, renamed.Status);
        Snapshot.Match(renamed.Snapshot);
        Agree.Same(restListed, graph, "CreatorWeb after a rename through REST");
        Assert.Equal("Renamed by REST", (string?)graph.Items[0]["title"]);
    }

    [Fact]
    public async Task A_rename_through_graphql_is_read_back_through_rest()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var client = app.As("platform_admin");

        var payload = (await client.GraphRenameAsync(TestWorld.Atlas, TestWorld.CreatorWeb, "Renamed by GraphQL")).ShouldSucceed().Data!["renameSession"]!;
        var restListed = (await Listings.RestAsync(client, TestWorld.Atlas, "all")).Only(TestWorld.CreatorWeb);
        var graphListed = (await Listings.GraphAsync(client, TestWorld.Atlas, "all")).Only(TestWorld.CreatorWeb);

        Agree.Same(restListed, graphListed, "CreatorWeb in the ALL listing after a rename through GraphQL");
        Agree.Same(restListed, Outcome.Answered([SessionRows.FromGraph(payload["session"]!, named: true)]), "the renamed session and its payload");
        Assert.Equal("Renamed by GraphQL", (string?)restListed.Items[0]["title"]);
    }
}
