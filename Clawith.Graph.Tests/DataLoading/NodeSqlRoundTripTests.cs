using Clawith.Graph.Data;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Authorization;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Clawith.Graph.Tests.DataLoading;

/// <summary>
/// The N+1 guard for node(id) and nodes(ids): finding which table holds each bare UUID, the rows, every
/// rule that authorizes them and their nested fields cost the same few SQL commands for one node of each
/// kind as for twelve, through one nodes field or as many aliased node fields (counted over the whole
/// HTTP request, authentication included).
/// </summary>
public sealed class NodeSqlRoundTripTests(ITestOutputHelper output)
{
    private const int MaxCommands = 10;

    private const string EveryNestedField = """
        fragment Fields on Node {
          __typename id
          ... on ChatSession { title displayName messageCount agent { name } user { displayName } peerAgent { name } }
          ... on ChatMessage { content sender { displayName } senderName parts { __typename } }
          ... on Agent { name creator { displayName } }
          ... on User { displayName username }
        }
        """;

    private const string IdsOnly = "fragment Fields on Node { __typename id }";

    [Theory]
    [InlineData("platform_admin")]
    [InlineData("creator")]
    public async Task Nodes_of_every_kind_cost_the_same_few_sql_commands_for_4_ids_as_for_48(string caller)
    {
        var few = await CountCommandsAsync(caller, perKind: 1, aliased: false, EveryNestedField);
        var many = await CountCommandsAsync(caller, perKind: 12, aliased: false, EveryNestedField);

        output.WriteLine($"SQL commands as {caller}: {few} for 4 ids, {many} for 48");
        Assert.Equal(few, many);
        Assert.InRange(many, 1, MaxCommands);
    }

    [Fact]
    public async Task Aliased_node_fields_cost_what_one_nodes_field_does()
    {
        var one = await CountCommandsAsync("platform_admin", perKind: 12, aliased: false, IdsOnly);
        var aliased = await CountCommandsAsync("platform_admin", perKind: 12, aliased: true, IdsOnly);

        output.WriteLine($"SQL commands: {one} through nodes, {aliased} through 48 aliased node fields");
        Assert.Equal(one, aliased);
    }

    /// <summary>
    /// <paramref name="perKind"/> sessions (of <see cref="BulkSessions"/>), the first message of each, agents
    /// shared company-wide and users who own nothing, asked for as one nodes field or as aliased node fields.
    /// </summary>
    private async Task<int> CountCommandsAsync(string caller, int perKind, bool aliased, string fragment)
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var ids = await AddNodesAsync(app, perKind);
        var client = Callers.Named(caller).Connect(app);

        app.Sql.Reset();
        var query = aliased
            ? $"{{ {string.Join(' ', ids.Select((id, n) => $"n{n}: node(id: \"{id}\") {{ ...Fields }}"))} }} {fragment}"
            : $"{{ nodes(ids: [{string.Join(", ", ids.Select(id => $"\"{id}\""))}]) {{ ...Fields }} }} {fragment}";
        var response = await client.PostAsync(query);

        Assert.NotNull(response.Data);
        Assert.All(response.Errors, e => Assert.Contains((string?)e!["extensions"]?["code"], new[] { "AUTH_NOT_AUTHORIZED", "NOT_FOUND" }));
        Assert.Equal(ids.Count, aliased ? response.Data!.AsObject().Count : response.Data!["nodes"]!.AsArray().Count);
        return app.Sql.Count;
    }

    private static async Task<List<Guid>> AddNodesAsync(ClawithAppFactory app, int perKind)
    {
        await using var db = await app.NewDbContextAsync();
        await BulkSessions.AddAsync(db, perKind);
        var rows = new DemoRowWriter(db, TestWorld.Tenant);
        var agents = Enumerable.Range(0, perKind).Select(_ => Guid.NewGuid()).ToList();
        var users = Enumerable.Range(0, perKind).Select(_ => Guid.NewGuid()).ToList();
        foreach (var (agent, n) in agents.Select((agent, n) => (agent, n)))
        {
            db.Agents.Add(new Agent { Id = agent, Name = $"Node agent {n}", CreatorId = TestWorld.OrgAdmin });
            db.AgentPermissions.Add(new AgentPermission { Id = Guid.NewGuid(), AgentId = agent, ScopeType = PermissionScope.Company });
        }
        foreach (var (user, n) in users.Select((user, n) => (user, n)))
            rows.User(user, $"node-user-{n}", $"Node user {n}", UserRole.Member);
        await db.SaveChangesAsync();

        var sessions = await db.ChatSessions.AsNoTracking().Where(s => s.AgentId == BulkSessions.Agent).Select(s => s.Id).ToListAsync();
        var conversations = sessions.Select(id => id.ToString()).ToList();
        var messages = (await db.ChatMessages.AsNoTracking().Where(m => conversations.Contains(m.ConversationId))
            .Select(m => new { m.Id, m.ConversationId }).ToListAsync())
            .GroupBy(m => m.ConversationId).Select(g => g.Min(m => m.Id));
        return [.. sessions, .. messages, .. agents, .. users];
    }
}
