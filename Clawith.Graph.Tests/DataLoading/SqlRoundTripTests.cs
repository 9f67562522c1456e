using Clawith.Graph.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Clawith.Graph.Tests.DataLoading;

/// <summary>
/// The N+1 guard: a request costs the same few SQL commands however many sessions it lists, because
/// every nested field goes through a batch loader (counted over the whole HTTP request, authentication included).
/// </summary>
public sealed class SqlRoundTripTests(ITestOutputHelper output)
{
    private const int MaxCommands = 6;

    private const string EveryNestedField = """
        query($agentId: UUID!) {
          sessions(agentId: $agentId, scope: ALL, first: 100) {
            nodes {
              id title displayName messageCount participantType isGroup lastMessageAt
              agent { name } peerAgent { name } user { displayName username }
              messages(first: 5) { nodes { content parts { __typename } sender { displayName } senderName } }
            }
          }
        }
        """;

    private const string AgentSessions = """
        query($agentId: UUID!) {
          agent(id: $agentId) {
            creator { displayName }
            sessions(scope: ALL, first: 100) { nodes { displayName messageCount user { displayName } peerAgent { name } } }
          }
        }
        """;

    private const string MessagesWithSenders = """
        query($agentId: UUID!) {
          sessions(agentId: $agentId, scope: ALL, first: 100) {
            nodes { messages { totalCount nodes { sender { displayName type } senderName toolCall { name } } } }
          }
        }
        """;

    private const string MessagesWithTheirSessions = """
        query($agentId: UUID!) {
          sessions(agentId: $agentId, scope: ALL, first: 100) {
            nodes { messages { nodes { session { title messageCount user { displayName } } } } }
          }
        }
        """;

    [Theory]
    [InlineData(EveryNestedField)]
    [InlineData(AgentSessions)]
    [InlineData(MessagesWithSenders)]
    [InlineData(MessagesWithTheirSessions)]
    public async Task A_listing_costs_the_same_few_sql_commands_for_2_sessions_as_for_60(string query)
    {
        var (few, fewSessions) = await CountCommandsAsync(query, sessions: 2);
        var (many, manySessions) = await CountCommandsAsync(query, sessions: 60);

        output.WriteLine($"SQL commands: {few} for 2 sessions, {many} for 60");
        Assert.Equal(2, fewSessions);
        Assert.Equal(60, manySessions);
        Assert.Equal(few, many);
        Assert.InRange(many, 1, MaxCommands);
    }

    private static async Task<(int Commands, int Sessions)> CountCommandsAsync(string query, int sessions)
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        await using (var db = await app.NewDbContextAsync())
            await BulkSessions.AddAsync(db, sessions);
        var client = app.Client().As(TestWorld.PlatformAdmin);

        app.Sql.Reset();
        var response = await client.PostAsync(query, new { agentId = BulkSessions.Agent });

        var listed = response.ShouldSucceed().Data!["sessions"] ?? response.Data!["agent"]!["sessions"];
        return (app.Sql.Count, listed!["nodes"]!.AsArray().Count);
    }
}
