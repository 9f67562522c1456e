using Clawith.Graph.Tests.Authorization;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Generations;

/// <summary>
/// node(id) shows a user to whoever the graph already shows them to: on 251aeba8 an agent's creator views all its
/// sessions (A10), so the owners of those sessions too, as session.user does.
/// </summary>
public sealed class HeadNodeTests
{
    [Fact]
    [Rule("A10")]
    public async Task An_agents_creator_sees_the_owner_of_another_users_session_of_it_as_a_node()
    {
        await using var app = await HeadWorld.CreateAsync();
        var client = app.Client().As(TestWorld.Creator);

        var owner = await client.PostAsync($$"""{ session(agentId: "{{TestWorld.Atlas}}", id: "{{TestWorld.PermittedTools}}") { user { id } } }""");
        var node = await client.PostAsync($$"""{ node(id: "{{TestWorld.Permitted}}") { __typename id } }""");
        var stranger = await app.Client().As(TestWorld.Stranger).PostAsync($$"""{ node(id: "{{TestWorld.Permitted}}") { __typename id } }""");

        Assert.Equal(TestWorld.Permitted.ToString(), (string?)owner.ShouldSucceed().Data!["session"]!["user"]!["id"]);
        Assert.Equal("ok: User", OwnFieldReadings.Cell(node, "node"));
        Assert.Equal(OwnFieldReadings.NothingCell, OwnFieldReadings.Cell(stranger, "node"));
    }
}
