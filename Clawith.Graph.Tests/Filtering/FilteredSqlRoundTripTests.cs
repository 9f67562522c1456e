using Clawith.Graph.Data.Statements;
using Clawith.Graph.Tests.DataLoading;
using Clawith.Graph.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Clawith.Graph.Tests.Filtering;

/// <summary>
/// The N+1 guard with filters and orders: a filtered, re-ordered request costs the SQL commands of the same
/// request without them, plus one that counts the filtered messages of every listed session, the same for
/// 2 sessions as for 60, paging forward or back; and the filter is
/// in those commands (filtering happens in SQL, not on rows loaded into memory), its values bound as parameters.
/// </summary>
public sealed class FilteredSqlRoundTripTests(ITestOutputHelper output)
{
    private const string Nested = """
        query($agentId: UUID!, $where: ChatSessionFilterInput, $order: [ChatSessionSortInput!], $messages: ChatMessageFilterInput,
              $messageOrder: [ChatMessageSortInput!], $first: Int, $last: Int) {
          sessions(agentId: $agentId, scope: ALL, where: $where, order: $order, first: $first, last: $last) {
            totalCount
            nodes {
              id title displayName messageCount participantType agent { name } peerAgent { name } user { displayName }
              messages(first: 5, where: $messages, order: $messageOrder) { totalCount nodes { content sender { displayName } senderName } }
            }
          }
        }
        """;

    private const string OnAgent = """
        query($agentId: UUID!, $where: ChatSessionFilterInput, $order: [ChatSessionSortInput!], $messages: ChatMessageFilterInput) {
          agent(id: $agentId) {
            sessions(scope: ALL, where: $where, order: $order, first: 100) { nodes { title user { displayName } messages(where: $messages) { totalCount } } }
          }
        }
        """;

    private static readonly object SessionWhere = new
    {
        title = new { contains = "BULK" },
        sourceChannel = new { @in = new[] { "web", "agent" } },
        lastMessageAt = new { gte = "2020-01-01T00:00:00Z" },
        user = new { displayName = new { neq = "nobody" } },
    };

    private static readonly object MessageWhere = new { role = new { neq = "SYSTEM" }, sender = new { displayName = new { startsWith = "c" } } };

    public static readonly TheoryData<string, bool, bool> Shapes = new()
    {
        { Nested, false, false }, { Nested, true, false }, { Nested, true, true }, { OnAgent, false, false }, { OnAgent, true, false },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task A_filtered_request_costs_a_fixed_number_of_sql_commands_the_same_for_2_sessions_as_for_60(string query, bool reordered, bool backwards)
    {
        var (plainFew, _) = await CountCommandsAsync(query, sessions: 2, filtered: false, reordered, backwards);
        var (few, fewListed) = await CountCommandsAsync(query, sessions: 2, filtered: true, reordered, backwards);
        var (many, manyListed) = await CountCommandsAsync(query, sessions: 60, filtered: true, reordered, backwards);

        output.WriteLine($"SQL commands: {plainFew} unfiltered, {few} filtered for 2 sessions, {many} for 60");
        Assert.Equal(2, fewListed);
        Assert.Equal(60, manyListed);
        // The one more: the filtered messages' totalCount of every session, counted at once (the unfiltered
        // counts come with the listing's rows).
        Assert.Equal(plainFew + 1, few);
        Assert.Equal(few, many);
    }

    [Fact]
    public async Task The_filter_is_in_the_sql_and_its_values_are_parameters()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        await using (var db = await app.NewDbContextAsync())
            await BulkSessions.AddAsync(db, 60);
        var client = app.Client().As(TestWorld.PlatformAdmin);

        app.Sql.Reset();
        var response = await client.SessionsAsync(BulkSessions.Agent, """{ "title": { "endsWith": "BULK 7" } }""", first: 100);

        Assert.Equal(["Bulk 7"], response.Titles());
        // The page and its totalCount, each one statement that tests the title.
        var filtering = app.Sql.Commands.Where(c => c.Contains(" LIKE ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, filtering.Count);
        Assert.All(filtering, statement =>
        {
            Assert.Contains(TestDatabase.Provider == Clawith.Graph.Data.DatabaseProvider.Sqlite ? TextFolding.SqliteFunction : "lower(", statement, StringComparison.Ordinal);
            Assert.DoesNotContain("bulk 7", statement, StringComparison.OrdinalIgnoreCase);
        });
    }

    private static async Task<(int Commands, int Sessions)> CountCommandsAsync(string query, int sessions, bool filtered, bool reordered, bool backwards)
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        await using (var db = await app.NewDbContextAsync())
            await BulkSessions.AddAsync(db, sessions);
        var client = app.Client().As(TestWorld.PlatformAdmin);

        app.Sql.Reset();
        var response = await client.PostAsync(query, new
        {
            agentId = BulkSessions.Agent,
            where = filtered ? SessionWhere : null,
            messages = filtered ? MessageWhere : null,
            order = reordered ? new object[] { new { title = "DESC" }, new { messageCount = "ASC" } } : null,
            messageOrder = reordered ? new object[] { new { createdAt = "DESC" } } : null,
            first = backwards ? (int?)null : 100,
            last = backwards ? 100 : (int?)null,
        });

        var listed = response.ShouldSucceed().Data!["sessions"] ?? response.Data!["agent"]!["sessions"];
        return (app.Sql.Count, listed!["nodes"]!.AsArray().Count);
    }
}
