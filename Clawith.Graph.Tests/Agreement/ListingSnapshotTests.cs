using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Agreement;

/// <summary>
/// What the two listings agree on, pinned: every case's sessions (or refusal) in one table, and the full
/// rows of the two listings that show every field. Agreement alone would pass if both were wrong alike.
/// </summary>
public sealed class ListingSnapshotTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Fact]
    public async Task Every_caller_agent_and_scope_lists_what_the_seed_lists()
    {
        var table = new Dictionary<string, object>();
        foreach (var caller in AgreementCallers.Names)
            foreach (var agent in ListingAgreementTests.Agents)
                foreach (var scope in ListingAgreementTests.Scopes)
                {
                    var outcome = await Listings.GraphAsync(app.As(caller), WorldIds.Of(agent), scope);
                    table[$"{caller} {agent} {scope}"] = outcome.Refusal ?? (object)outcome.Items.Select(row => (string?)row["id"]).ToList();
                }

        GenerationSnapshot.Match(table);
    }

    [Fact]
    public async Task The_all_listing_rows_carry_the_seeds_names_types_counts_and_times()
    {
        var response = await app.As("platform_admin").RestAsync(HttpMethod.Get, $"/api/agents/{TestWorld.Atlas}/sessions?scope=all");

        GenerationSnapshot.Match(response.Snapshot);
    }

    [Fact]
    public async Task The_mine_listing_rows_leave_names_and_group_fields_at_the_seeds_defaults()
    {
        var response = await app.As("creator").RestAsync(HttpMethod.Get, $"/api/agents/{TestWorld.Atlas}/sessions?scope=mine");

        GenerationSnapshot.Match(response.Snapshot);
    }

    [Fact]
    public async Task The_beacon_all_listing_shows_the_agent_to_agent_session_where_beacon_is_the_peer()
    {
        var response = await app.As("agent_admin").RestAsync(HttpMethod.Get, $"/api/agents/{TestWorld.Beacon}/sessions?scope=all");

        GenerationSnapshot.Match(response.Snapshot);
    }
}
