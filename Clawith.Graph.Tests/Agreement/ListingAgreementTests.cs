using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Agreement;

/// <summary>
/// GET /api/agents/{id}/sessions?scope= and the sessions query answer every caller alike: the same
/// sessions in the same order with the same fields, or the same refusal.
/// </summary>
public sealed class ListingAgreementTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    public static readonly string[] Agents = ["Atlas", "Harbor", "Beacon", "Missing"];
    public static readonly string[] Scopes = ["mine", "all"];

    public static TheoryData<string, string, string> Cases()
    {
        var cases = new TheoryData<string, string, string>();
        foreach (var caller in AgreementCallers.Names)
            foreach (var agent in Agents)
                foreach (var scope in Scopes)
                    cases.Add(caller, agent, scope);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Rest_and_graphql_list_the_same_sessions_or_refuse_alike(string caller, string agent, string scope)
    {
        var client = app.As(caller);

        var rest = await Listings.RestAsync(client, WorldIds.Of(agent), scope);
        var graph = await Listings.GraphAsync(client, WorldIds.Of(agent), scope);

        Agree.Same(rest, graph, $"{caller} listing {agent} ({scope})");
    }
}
