using Clawith.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.DataLoading;

/// <summary>Rows of one table by id: one untracked query per batch, on a context of its own.</summary>
public abstract class RowsByIdLoader<TRow>(IDbContextFactory<ClawithDbContext> contexts) : BatchLoader<Guid, TRow?>
    where TRow : class
{
    /// <summary>The rows whose ids are among <paramref name="ids"/>, with whatever they bring along.</summary>
    protected abstract IQueryable<TRow> Find(ClawithDbContext db, IReadOnlyList<Guid> ids);

    protected abstract Guid IdOf(TRow row);

    protected sealed override async Task<IReadOnlyDictionary<Guid, TRow?>> FetchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Find(db, keys).AsNoTracking().ToDictionaryAsync(IdOf, row => (TRow?)row, cancellationToken);
    }
}
