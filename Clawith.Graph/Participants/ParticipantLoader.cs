using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Participants;

/// <summary>Message senders by participant id, in one query per batch.</summary>
public sealed class ParticipantLoader(IDbContextFactory<ClawithDbContext> contexts) : BatchLoader<Guid, Participant?>
{
    protected override async Task<IReadOnlyDictionary<Guid, Participant?>> FetchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Participants.AsNoTracking()
            .Where(p => keys.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => (Participant?)p, cancellationToken);
    }
}
