using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Users;

/// <summary>Users by id, with their identity's username, in one query per batch.</summary>
public sealed class UserLoader(IDbContextFactory<ClawithDbContext> contexts) : BatchLoader<Guid, User?>
{
    protected override async Task<IReadOnlyDictionary<Guid, User?>> FetchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().Include(u => u.Identity)
            .Where(u => keys.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => (User?)u, cancellationToken);
    }
}
