using System.Text.Json.Nodes;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Generations;

/// <summary>
/// Clawith 251aeba8 names and types a session by its session_type (RULES L8, §9), which its migration derived from the
/// channel: an agent-channel session is a2a even without a peer (225b36fd named it after its owner). The graph's
/// participantType, and the filter on it, say the same.
/// </summary>
public sealed class HeadSessionTypeTests
{
    private static readonly Guid Peerless = HeadWorld.Id("c3000000", 1);

    private const string Listing = """
        query($agentId: UUID!, $where: ChatSessionFilterInput) {
          sessions(agentId: $agentId, scope: ALL, first: 100, where: $where) { nodes { id displayName participantType sessionType } }
        }
        """;

    [Fact251aeba8]
    public async Task An_agent_channel_session_without_a_peer_is_an_agent_to_agent_session_named_and_filtered_as_one()
    {
        await using var app = await HeadWorld.CreateAsync();
        await using (var db = await app.NewDbContextAsync())
        {
            var rows = new DemoRowWriter(db, TestWorld.Tenant);
            var session = rows.Session(Peerless, TestWorld.Atlas, TestWorld.Creator, "Peerless", ChatSession.AgentChannel, TestWorld.T0.AddHours(20));
            rows.Message(session, HeadWorld.Id("e3000000", 1), ChatRole.User, "Anyone?", TestWorld.T0.AddHours(20));
            await db.SaveChangesAsync();
        }
        var admin = app.Client().As(TestWorld.PlatformAdmin);

        var listed = (await ListAsync(admin, null)).Single(s => (string?)s!["id"] == Peerless.ToString())!;
        var rest = (await HeadListings.RestAsync(admin, TestWorld.Atlas, "all")).Single(s => (string?)s!["id"] == Peerless.ToString())!;

        Assert.Equal(("Agent Atlas - Agent", "AGENT", "A2A"), ((string?)listed["displayName"], (string?)listed["participantType"], (string?)listed["sessionType"]));
        Assert.Equal(("Agent Atlas - Agent", "agent"), ((string?)rest["username"], (string?)rest["participant_type"]));
        Assert.Contains(Peerless, HeadListings.Ids(await ListAsync(admin, new { participantType = new { eq = "AGENT" } })));
        Assert.DoesNotContain(Peerless, HeadListings.Ids(await ListAsync(admin, new { participantType = new { eq = "USER" } })));
    }

    private static async Task<JsonArray> ListAsync(GraphClient client, object? where) =>
        (await client.PostAsync(Listing, new { agentId = TestWorld.Atlas, where })).ShouldSucceed().Data!["sessions"]!["nodes"]!.AsArray();
}
