using Clawith.Graph.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace Clawith.Graph.Tests.Agreement;

/// <summary>
/// Every caller creates, renames and deletes through both APIs: REST changes one copy of the target
/// session and GraphQL another, equal one, in the same fresh world. The answers agree (the same
/// success, or REST 401/403/404 with the message of the GraphQL error or payload error) and so do the
/// tables afterwards. The agreed table is pinned per operation.
/// </summary>
public sealed class MutationAgreementTests
{
    private const string NewTitle = "Agreed title";

    private static readonly string[] CreateTargets = ["Atlas", "Harbor", "Beacon", "Missing"];

    private static readonly (string Agent, string Session)[] ChangeTargets =
    [
        ("Atlas", "CreatorWeb"), ("Harbor", "HarborChat"), ("Atlas", "HarborChat"), ("Beacon", "AtlasToBeacon"), ("Missing", "CreatorWeb"),
    ];

    [Fact]
    public async Task Every_caller_creates_alike_or_is_refused_alike()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var results = new List<(string, string, string)>();
        foreach (var caller in AgreementCallers.Names)
            foreach (var agent in CreateTargets)
            {
                var client = app.As(caller);
                var before = await StoredSessions.CountAsync(app);
                var rest = MutationCalls.RestCreated(await client.RestCreateAsync(WorldIds.Of(agent), new { title = NewTitle }));
                var afterRest = await StoredSessions.CountAsync(app);
                var graph = MutationCalls.GraphCreated(await client.GraphCreateAsync(WorldIds.Of(agent), NewTitle));
                var afterGraph = await StoredSessions.CountAsync(app);
                results.Add(($"{caller} create on {agent}", $"{rest} | sessions {afterRest - before:+0;-0;+0}", $"{graph} | sessions {afterGraph - afterRest:+0;-0;+0}"));
            }

        Agree.All(results);
        GenerationSnapshot.Match(Table(results));
    }

    [Theory]
    [InlineData("rename")]
    [InlineData("delete")]
    public async Task Every_caller_changes_a_session_alike_or_is_refused_alike(string operation)
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var results = new List<(string, string, string)>();
        foreach (var caller in AgreementCallers.Names)
            foreach (var (agent, session) in ChangeTargets)
            {
                var client = app.As(caller);
                var agentId = WorldIds.Of(agent);
                var (restCopy, graphCopy) = (await Twins.CopyAsync(app, WorldIds.Of(session)), await Twins.CopyAsync(app, WorldIds.Of(session)));
                var (rest, graph) = operation == "rename"
                    ? (MutationCalls.RestRenamed(await client.RestRenameAsync(agentId, restCopy, NewTitle)),
                        MutationCalls.GraphRenamed(await client.GraphRenameAsync(agentId, graphCopy, NewTitle)))
                    : (MutationCalls.RestDeleted(await client.RestDeleteAsync(agentId, restCopy), restCopy),
                        MutationCalls.GraphDeleted(await client.GraphDeleteAsync(agentId, graphCopy)));
                results.Add(($"{caller} {operation} {agent}/{session}",
                    $"{rest} | {await WorldState.SessionAsync(app, restCopy)}".AsOriginal(restCopy, session),
                    $"{graph} | {await WorldState.SessionAsync(app, graphCopy)}".AsOriginal(graphCopy, session)));
            }

        Agree.All(results);
        GenerationSnapshot.Match(Table(results), operation);
    }

    private static Dictionary<string, string> Table(List<(string Scenario, string RestAnswer, string GraphAnswer)> results) =>
        results.ToDictionary(r => r.Scenario, r => r.RestAnswer);
}
