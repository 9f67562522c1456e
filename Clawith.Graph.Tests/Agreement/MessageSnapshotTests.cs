using System.Text.Json.Nodes;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Rest;
using Snapshooter;
using Snapshooter.Xunit;

namespace Clawith.Graph.Tests.Agreement;

/// <summary>
/// What the two message reads agree on, pinned: every case's entry count (or refusal) in one table, and
/// the REST entries of the sessions that show every flattening rule.
/// </summary>
public sealed class MessageSnapshotTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Fact]
    public async Task Every_caller_reads_or_is_refused_each_session_as_the_seed_decides()
    {
        var table = new Dictionary<string, string>();
        foreach (var caller in AgreementCallers.Names)
            foreach (var (agent, session) in MessageAgreementTests.Targets)
            {
                var outcome = await SessionMessages.GraphAsync(app, app.As(caller), WorldIds.Of(agent), WorldIds.Of(session));
                table[$"{caller} {agent}/{session}"] = outcome.Refusal ?? (outcome.Items.Count == 1 ? "1 entry" : $"{outcome.Items.Count} entries");
            }

        GenerationSnapshot.Match(table);
    }

    [Theory225b36fd(RestMessages.Reason)]
    [InlineData("platform_admin", "Atlas", "AtlasToBeacon")]
    [InlineData("agent_admin", "Beacon", "AtlasToBeacon")]
    [InlineData("permitted", "Atlas", "PermittedTools")]
    [InlineData("creator", "Atlas", "CreatorWeb")]
    public async Task The_rest_entries_carry_the_seeds_keys_for_each_kind_of_message(string caller, string agent, string session)
    {
        var response = await app.As(caller).RestAsync(HttpMethod.Get, $"/api/agents/{WorldIds.Of(agent)}/sessions/{WorldIds.Of(session)}/messages");

        Snapshot.Match(response.Snapshot, SnapshotNameExtension.Create(agent, session));
    }

    [Fact225b36fd(RestMessages.Reason)]
    public async Task Both_give_the_latest_500_messages_of_a_long_session_oldest_first()
    {
        var client = app.As("permitted");

        var rest = await SessionMessages.RestAsync(client, TestWorld.Atlas, TestWorld.PermittedLong);
        var graph = await SessionMessages.GraphAsync(app, client, TestWorld.Atlas, TestWorld.PermittedLong);

        Agree.Same(rest, graph, "permitted reading PermittedLong");
        Assert.Equal(500, rest.Items.Count);
        Assert.Equal("Message 20", (string?)rest.Items[0]["content"]);
        Assert.Equal($"Message {TestWorld.LongChatLength - 1}", (string?)rest.Items[^1]["content"]);
    }
}
