using Clawith.Graph.Data;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Clawith.Graph.Tests.DataLoading;

/// <summary>
/// A page costs what a page is, not what the table holds: SQLite's own plan for the SQL the server
/// sends shows the listing and the history walking their indexes, never scanning a table or sorting
/// all of an agent's sessions. (The benchmark measures the same on a million messages: docs/BENCHMARKS.md.)
/// </summary>
public sealed partial class QueryPlanTests(ITestOutputHelper output)
{
    private const string Sidebar = """
        query($agentId: UUID!) {
          sessions(agentId: $agentId, scope: ALL, first: 50) {
            nodes { id displayName messageCount lastMessageAt agent { name } peerAgent { name } user { displayName } }
          }
        }
        """;

    private const string History = """
        query($agentId: UUID!, $id: UUID!, $before: String) {
          session(agentId: $agentId, id: $id) {
            messages(last: 50, before: $before) { nodes { id senderName } pageInfo { startCursor } }
          }
        }
        """;

    [SqliteFact]
    public async Task The_all_listing_walks_the_agent_and_peer_indexes_and_sorts_only_the_page()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        await using (var db = await app.NewDbContextAsync())
            await BulkSessions.AddAsync(db, 120);

        app.Sql.Reset();
        (await app.Client().As(TestWorld.PlatformAdmin).PostAsync(Sidebar, new { agentId = BulkSessions.Agent })).ShouldSucceed();
        var plan = await PlanAsync(app, app.Sql.Commands.Single(c => c.Contains("\"chat_sessions\"", StringComparison.Ordinal)));

        Assert.Contains(plan, step => step.Detail.Contains("USING INDEX ix_chat_sessions_agent_page (agent_id=?)", StringComparison.Ordinal));
        Assert.Contains(plan, step => step.Detail.Contains("USING INDEX ix_chat_sessions_peer_page (peer_agent_id=?)", StringComparison.Ordinal));
        Assert.Empty(TableScans(plan));
        // The only sorts are of the branches' pages (at most a page each), never beside an index walk of sessions.
        Assert.All(plan.Where(step => step.Detail.Contains("TEMP B-TREE", StringComparison.Ordinal)), sort =>
            Assert.DoesNotContain(plan, sibling => sibling.Parent == sort.Parent && sibling.Detail.Contains("ix_chat_sessions", StringComparison.Ordinal)));
    }

    [SqliteFact]
    public async Task A_page_back_in_a_long_history_seeks_to_its_cursor_and_costs_what_the_first_does()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var session = await LongSessionAsync(app, messages: 400);
        var client = app.Client().As(TestWorld.PlatformAdmin);

        app.Sql.Reset();
        var latest = (await client.PostAsync(History, new { agentId = TestWorld.Atlas, id = session, before = (string?)null })).ShouldSucceed();
        var cursor = (string?)latest.Data!["session"]!["messages"]!["pageInfo"]!["startCursor"];
        var firstPageCommands = app.Sql.Count;
        for (var page = 0; page < 5; page++)
        {
            app.Sql.Reset();
            var back = (await client.PostAsync(History, new { agentId = TestWorld.Atlas, id = session, before = cursor })).ShouldSucceed();
            Assert.Equal(50, back.Data!["session"]!["messages"]!["nodes"]!.AsArray().Count);
            Assert.Equal(firstPageCommands, app.Sql.Count);
            cursor = (string?)back.Data!["session"]!["messages"]!["pageInfo"]!["startCursor"];
        }

        var plan = await PlanAsync(app, app.Sql.Commands.Single(c => c.Contains("FROM \"chat_messages\"", StringComparison.Ordinal)));
        Assert.Contains(plan, step => step.Detail.Contains("ix_chat_messages_conversation (conversation_id=? AND created_at<?)", StringComparison.Ordinal));
        Assert.Empty(TableScans(plan));
        Assert.DoesNotContain(plan, step => step.Detail.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    private static async Task<Guid> LongSessionAsync(ClawithAppFactory app, int messages)
    {
        await using var db = await app.NewDbContextAsync();
        var rows = new DemoRowWriter(db);
        var session = rows.Session(Guid.NewGuid(), TestWorld.Atlas, TestWorld.Creator, "Long", ChatSession.WebChannel, TestWorld.T0);
        for (var i = 0; i < messages; i++)
            rows.Message(session, Guid.NewGuid(), i % 2 == 0 ? ChatRole.User : ChatRole.Assistant, $"Message {i}", TestWorld.T0.AddSeconds(i + 1));
        await db.SaveChangesAsync();
        return session.Id;
    }

    /// <summary>SQLite's plan for a statement the server sent (its parameters unbound: the plan does not depend on them).</summary>
    private async Task<List<PlanStep>> PlanAsync(ClawithAppFactory app, string sql)
    {
        await using var connection = new SqliteConnection(app.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        var plan = new List<PlanStep>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            plan.Add(new PlanStep(reader.GetInt32(0), reader.GetInt32(1), reader.GetString(3)));
        output.WriteLine(string.Join('\n', plan.Select(step => $"{step.Id,3} {step.Parent,3} {step.Detail}")));
        return plan;
    }

    /// <summary>"SCAN x" of a table, as opposed to reading a subquery's rows ("SCAN x" where x is a CO-ROUTINE).</summary>
    private static List<PlanStep> TableScans(List<PlanStep> plan)
    {
        var subqueries = plan.Select(step => CoRoutine().Match(step.Detail)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet();
        return [.. plan.Where(step => Scan().Match(step.Detail) is { Success: true } scan && !subqueries.Contains(scan.Groups[1].Value))];
    }

    private sealed record PlanStep(int Id, int Parent, string Detail);

    [GeneratedRegex(@"CO-ROUTINE (\S+)")]
    private static partial Regex CoRoutine();

    [GeneratedRegex(@"^SCAN (\S+)")]
    private static partial Regex Scan();
}
