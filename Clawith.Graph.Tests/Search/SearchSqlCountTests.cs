using Clawith.Graph.Data;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Search;

/// <summary>
/// A search costs the same few statements however many sessions its hits come from (counted over the whole
/// request, authentication included): the caller, the agent, at most two search statements, the sessions, then one per kind of nested field (counts, owners, senders).
/// </summary>
public sealed class SearchSqlCountTests
{
    private const string EveryField = """
        query($agentId: UUID!, $text: String!) {
          search(agentId: $agentId, text: $text, scope: ALL, first: 100) {
            nodes { message { content sender { displayName } session { title } } session { title messageCount user { displayName } } snippet { text } }
          }
        }
        """;

    [Theory]
    [InlineData("lisbon")]
    [InlineData("北京")]
    public async Task A_search_costs_the_same_statements_for_hits_in_2_sessions_as_in_60(string text)
    {
        var few = await CountAsync(text, sessions: 2);
        var many = await CountAsync(text, sessions: 60);

        Assert.Equal((2, 60), (few.Hits, many.Hits));
        Assert.Equal(few.Commands, many.Commands);
        Assert.InRange(many.Commands, 3, 8);
    }

    private static async Task<(int Commands, int Hits)> CountAsync(string text, int sessions)
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        await using (var db = await app.NewDbContextAsync())
        {
            var rows = new DemoRowWriter(db);
            for (var i = 0; i < sessions; i++)
            {
                var session = rows.Session(Guid.NewGuid(), TestWorld.Atlas, TestWorld.Creator, $"Trip {i}", ChatSession.WebChannel, TestWorld.T0);
                rows.Message(session, Guid.NewGuid(), ChatRole.User, $"Lisbon and 北京, trip {i}", TestWorld.T0.AddDays(40).AddMinutes(i), speaker: TestWorld.CreatorSpeaker);
            }
            await db.SaveChangesAsync();
        }
        var client = app.Client().As(TestWorld.PlatformAdmin);

        app.Sql.Reset();
        var response = await client.PostAsync(EveryField, new { agentId = TestWorld.Atlas, text });

        var hits = response.ShouldSucceed().Data!["search"]!["nodes"]!.AsArray().Count(n => ((string)n!["message"]!["content"]!).Contains("trip"));
        return (app.Sql.Count, hits);
    }
}
