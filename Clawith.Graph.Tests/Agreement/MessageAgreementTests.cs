using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Rest;

namespace Clawith.Graph.Tests.Agreement;

/// <summary>
/// GET /api/agents/{a}/sessions/{s}/messages and session(agentId, id) { messages } answer every caller
/// alike for every session of the world (under its agent, Atlas-to-Beacon also under its peer, and
/// sessions looked for under the wrong or a missing agent): Clawith's REST module's flattened entries, or the same refusal.
/// </summary>
public sealed class MessageAgreementTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    /// <summary>(agent, session) pairs by world name.</summary>
    public static readonly (string Agent, string Session)[] Targets =
    [
        ("Atlas", "CreatorWeb"), ("Atlas", "CreatorFeishu"), ("Atlas", "CreatorEmpty"), ("Atlas", "CreatorOrphan"),
        ("Atlas", "CreatorGroup"), ("Atlas", "UnnamedGroup"), ("Atlas", "CreatorTrigger"), ("Atlas", "AtlasToBeacon"),
        ("Atlas", "PermittedUndated"), ("Atlas", "PermittedTools"), ("Atlas", "CreatorCrossAgent"), ("Atlas", "NamelessChat"),
        ("Atlas", "UsernameOnlyChat"), ("Atlas", "PermittedLong"), ("Atlas", "CreatorTie"),
        ("Harbor", "HarborChat"), ("Beacon", "BeaconChat"),
        ("Beacon", "AtlasToBeacon"),
        ("Atlas", "HarborChat"), ("Harbor", "CreatorWeb"), ("Atlas", WorldIds.NoSuchSessionName), ("Missing", "CreatorWeb"),
    ];

    public static TheoryData<string, string, string> Cases()
    {
        var cases = new TheoryData<string, string, string>();
        foreach (var caller in AgreementCallers.Names)
            foreach (var (agent, session) in Targets)
                cases.Add(caller, agent, session);
        return cases;
    }

    [Theory225b36fd(RestMessages.Reason)]
    [MemberData(nameof(Cases))]
    public async Task Rest_entries_are_the_graphql_messages_flattened_as_the_seed_flattens_them(string caller, string agent, string session)
    {
        var client = app.As(caller);

        var rest = await SessionMessages.RestAsync(client, WorldIds.Of(agent), WorldIds.Of(session));
        var graph = await SessionMessages.GraphAsync(app, client, WorldIds.Of(agent), WorldIds.Of(session));

        Agree.Same(rest, graph, $"{caller} reading {session} under {agent}");
    }
}
