using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Sessions;

/// <summary>Sessions by id, in one query per batch; the authorization check and the resolver share the row.</summary>
public sealed class SessionLoader(IDbContextFactory<ClawithDbContext> contexts) : BatchLoader<Guid, ChatSession?>
{
    protected override async Task<IReadOnlyDictionary<Guid, ChatSession?>> FetchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ChatSessions.AsNoTracking()
            .Where(s => keys.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => (ChatSession?)s, cancellationToken);
    }
}
