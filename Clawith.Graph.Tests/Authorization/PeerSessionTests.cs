using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;
using Clawith.Graph.Tests.Generations;

namespace Clawith.Graph.Tests.Authorization;

/// <summary>
/// ARCHITECTURE §6: an agent-to-agent session is found under its peer for reading (as Clawith's REST module's messages
/// route does), but rename and delete find it only under its own agent.
/// </summary>
public sealed class PeerSessionTests
{
    [Fact]
    [Rule("M2")]
    public async Task An_admin_with_access_to_the_peer_reads_the_session_under_the_peer()
    {
        await using var app = await ClawithAppFactory.CreateAsync();

        var response = await app.Client().As(TestWorld.AgentAdmin).PostAsync($$"""
            {
              session(agentId: "{{TestWorld.Beacon}}", id: "{{TestWorld.AtlasToBeacon}}") {
                id title displayName participantType agent { name } peerAgent { name } user { displayName }
                messages { totalCount nodes { role senderName } }
              }
            }
            """);

        Assert.Equal("Atlas asks Beacon", (string?)response.ShouldSucceed().Data!["session"]!["title"]);
        Snapshot.Match(response.Snapshot);
    }

    [Theory]
    [InlineData("agent_admin")]
    [InlineData225b36fd(Reversals.AccessModes, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation), "platform_admin")]
    public async Task Renaming_or_deleting_under_the_peer_finds_no_session_and_changes_nothing(string caller)
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var client = Callers.Named(caller).Connect(app);
        var before = await DatabaseState.OfSessionsAsync(app);

        var rename = await MatrixCell.RunAsync(client, MatrixOperations.Named("renameSession(Beacon, AtlasToBeacon)"));
        var delete = await MatrixCell.RunAsync(client, MatrixOperations.Named("deleteSession(Beacon, AtlasToBeacon)"));

        Assert.Equal("NotFoundError: Session not found", rename);
        Assert.Equal("NotFoundError: Session not found", delete);
        Assert.Equal(before, await DatabaseState.OfSessionsAsync(app));
    }

    [Fact225b36fd(Reversals.DirectOnly, typeof(HeadDeleteSessionTests), nameof(HeadDeleteSessionTests.Only_direct_sessions_are_renamed_or_deleted))]
    public async Task The_same_session_is_renamed_and_deleted_under_its_own_agent()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var client = app.Client().As(TestWorld.PlatformAdmin);
        var atlas = $$"""agentId: "{{TestWorld.Atlas}}", sessionId: "{{TestWorld.AtlasToBeacon}}" """;

        var rename = await client.PostAsync($$"""mutation { renameSession(input: { {{atlas}} title: "Renamed" }) { session { title } errors { __typename } } }""");
        var delete = await client.PostAsync($$"""mutation { deleteSession(input: { {{atlas}} }) { deletedSessionId errors { __typename } } }""");

        Assert.Equal("Renamed", (string?)rename.ShouldSucceed().Data!["renameSession"]!["session"]!["title"]);
        Assert.Equal(TestWorld.AtlasToBeacon.ToString(), (string?)delete.ShouldSucceed().Data!["deleteSession"]!["deletedSessionId"]);
        await using var db = await app.NewDbContextAsync();
        Assert.Null(await db.ChatSessions.FindAsync(TestWorld.AtlasToBeacon));
    }
}
