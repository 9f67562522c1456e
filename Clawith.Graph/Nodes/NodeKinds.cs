using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Nodes;

/// <summary>The tables a node can come from.</summary>
public enum NodeKind
{
    Session,
    Message,
    Agent,
    User,
}

/// <summary>
/// Which table holds each of a batch of bare UUIDs: one statement for all of them, a primary-key lookup
/// per table. Should a UUID be in two tables (no writer makes one so), the first kind above wins.
/// </summary>
public static class NodeKinds
{
    public static async Task<IReadOnlyDictionary<Guid, NodeKind>> FindAsync(
        IDbContextFactory<ClawithDbContext> contexts, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
            return new Dictionary<Guid, NodeKind>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var values = new List<object>();
        string Lookup<TEntity>(string table, NodeKind kind)
        {
            var first = values.Count;
            values.AddRange(ids.Select(id => db.Stored<TEntity>("Id", id)));
            return $"SELECT t.\"id\", {(int)kind} FROM \"{table}\" AS t WHERE t.\"id\" IN ({StatementRunner.Placeholders(first, ids.Count)})";
        }
        string[] lookups =
        [
            Lookup<ChatSession>("chat_sessions", NodeKind.Session),
            Lookup<ChatMessage>("chat_messages", NodeKind.Message),
            Lookup<Agent>("agents", NodeKind.Agent),
            Lookup<User>("users", NodeKind.User),
        ];
        var found = await db.ListAsync(string.Join(" UNION ALL ", lookups), [.. values],
            row => (Id: row.Id(0), Kind: (NodeKind)row.GetInt32(1)), cancellationToken);
        return found.OrderBy(f => f.Kind).DistinctBy(f => f.Id).ToDictionary(f => f.Id, f => f.Kind);
    }
}
