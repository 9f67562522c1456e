using Clawith.Graph.Messages;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.DataLoading;

/// <summary>
/// One page request for more sessions than one statement takes (SQLite refuses a UNION of more than 500
/// parts) is read in one statement per <see cref="MessagePageSql.MaxSessions"/> sessions, each page whole.
/// </summary>
public sealed class MessagePageBatchTests
{
    [Fact]
    public async Task A_page_of_each_of_more_sessions_than_one_statement_takes_is_read_whole()
    {
        const int sessions = MessagePageSql.MaxSessions + 50;
        await using var app = await ClawithAppFactory.CreateAsync();
        await using (var db = await app.NewDbContextAsync())
            await BulkSessions.AddAsync(db, sessions);

        app.Sql.Reset();
        var response = await app.Client().As(TestWorld.PlatformAdmin).PostAsync($$"""
            { sessions(agentId: "{{BulkSessions.Agent}}", scope: ALL, first: 500) { nodes { messages(last: 2) { nodes { content } pageInfo { hasPreviousPage } } } } }
            """);

        var nodes = response.ShouldSucceed().Data!["sessions"]!["nodes"]!.AsArray();
        Assert.Equal(sessions, nodes.Count);
        Assert.All(nodes, node =>
        {
            Assert.Equal(["Message 1", "Message 2"], node!["messages"]!["nodes"]!.AsArray().Select(m => (string?)m!["content"]));
            Assert.True((bool)node["messages"]!["pageInfo"]!["hasPreviousPage"]!);
        });
        Assert.Equal(2, app.Sql.Commands.Count(c => c.Contains("LEFT JOIN \"participants\"", StringComparison.Ordinal)));
    }
}
