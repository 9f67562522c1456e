using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace Clawith.Graph.Tests.Authorization;

/// <summary>
/// The access matrix through node and nodes: every caller of ARCHITECTURE §5 against every agent, session,
/// message and user of the world, each read by its id alone, must get exactly what the type's own root
/// field gives them (<see cref="OwnFieldReadings"/>). HotChocolate has had bugs where the node path
/// skipped authorization; here the node path is the same policies, and this proves it cell by cell.
/// </summary>
public sealed class NodeAccessMatrixTests
{
    [Fact]
    public async Task Every_caller_gets_through_node_and_nodes_what_each_types_own_field_gives_them()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var targets = await NodeTargets.AddToAsync(app);
        var userParticipants = await NodeTargets.UserParticipantsAsync(app);
        var matrix = new Dictionary<string, Dictionary<string, string>>();
        foreach (var caller in Callers.All)
        {
            var client = caller.Connect(app);
            var expected = await OwnFieldReadings.ReadAsync(client, targets, userParticipants);
            var throughNode = new Dictionary<string, string>();
            foreach (var target in targets)
                throughNode[target.Name] = OwnFieldReadings.Cell(await client.PostAsync($$"""{ node(id: "{{target.Id}}") { __typename id } }"""), "node");
            var nodes = await client.PostAsync($"{{ nodes(ids: [{string.Join(", ", targets.Select(t => $"\"{t.Id}\""))}]) {{ __typename id }} }}");
            var throughNodes = targets.Select((target, index) => (target.Name, Cell: OwnFieldReadings.Cell(nodes, "nodes", index))).ToDictionary();

            var mismatches = Mismatches(caller, targets, expected, throughNode, "node").Concat(Mismatches(caller, targets, expected, throughNodes, "nodes"));
            Assert.True(!mismatches.Any(), string.Join('\n', mismatches));
            matrix[caller.Name] = throughNode;
        }

        GenerationSnapshot.Match(matrix);
    }

    [Fact]
    public async Task An_agent_that_does_not_exist_is_an_id_of_nothing_to_node_though_agent_calls_it_an_agent()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var client = app.Client().As(TestWorld.PlatformAdmin);

        var agent = await client.PostAsync($$"""{ agent(id: "{{TestWorld.Missing}}") { id } }""");
        var node = await client.PostAsync($$"""{ node(id: "{{TestWorld.Missing}}") { id } }""");

        Assert.Equal("NOT_FOUND: Agent not found", OwnFieldReadings.Cell(agent, "agent"));
        Assert.Equal(OwnFieldReadings.NothingCell, OwnFieldReadings.Cell(node, "node"));
    }

    /// <summary>Each object read otherwise through node than through its own field, for a failure to name.</summary>
    private static IEnumerable<string> Mismatches(
        Caller caller, IReadOnlyList<NodeTarget> targets, IReadOnlyDictionary<Guid, string> own, IReadOnlyDictionary<string, string> read, string path) =>
        targets.Where(t => own[t.Id] != read[t.Name]).Select(t => $"{caller.Name} / {t.Name}: own field '{own[t.Id]}', {path} '{read[t.Name]}'");
}
