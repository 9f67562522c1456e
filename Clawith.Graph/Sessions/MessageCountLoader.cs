using Clawith.Graph.Data;
using Clawith.Graph.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Sessions;

/// <summary>How many messages each session holds, grouped in one query per batch.</summary>
public sealed class MessageCountLoader(IDbContextFactory<ClawithDbContext> contexts) : BatchLoader<Guid, int>
{
    protected override async Task<IReadOnlyDictionary<Guid, int>> FetchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        var conversationIds = keys.Select(k => k.ToString()).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await db.ChatMessages.AsNoTracking()
            .Where(m => conversationIds.Contains(m.ConversationId))
            .GroupBy(m => m.ConversationId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.ToDictionary(c => Guid.Parse(c.Key), c => c.Count);
    }
}
