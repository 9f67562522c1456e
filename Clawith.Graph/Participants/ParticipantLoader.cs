using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Participants;

/// <summary>Message senders by participant id, in one query per batch.</summary>
public sealed class ParticipantLoader(IDbContextFactory<ClawithDbContext> contexts) : RowsByIdLoader<Participant>(contexts)
{
    protected override IQueryable<Participant> Find(ClawithDbContext db, IReadOnlyList<Guid> ids) =>
        db.Participants.Where(p => ids.Contains(p.Id));

    protected override Guid IdOf(Participant participant) => participant.Id;
}
