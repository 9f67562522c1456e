using Clawith.Graph.Auth;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Live;
using Clawith.Graph.Schema.Errors;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Sessions;

/// <summary>
/// markSessionRead's write, once the access rules passed (the agent, then the session found and its owner's):
/// the session as it is after, or why it was not marked.
/// </summary>
public interface IReadMarks
{
    Task<SessionPayload> MarkReadAsync(ChatSession session, CurrentUser owner, CancellationToken cancellationToken);
}

/// <summary>225b36fd keeps no read marks (nothing is ever unread there): the owner's call succeeds and changes nothing.</summary>
public sealed class ReadMarks225b36fd : IReadMarks
{
    public Task<SessionPayload> MarkReadAsync(ChatSession session, CurrentUser owner, CancellationToken cancellationToken) =>
        Task.FromResult(new SessionPayload(session, null));
}

/// <summary>
/// 251aeba8, as reading one's own direct session marks it (RULES M6): last_read_at_by_user and updated_at
/// become now, and the owner's sessionChanged subscriptions hear READ (the listings it is in are read after the mark).
/// Only a direct session keeps a read mark (Clawith counts unread messages nowhere else, L6), so
/// another kind is refused, not silently passed over; a session deleted meanwhile is not found.
/// </summary>
public sealed class ReadMarks251aeba8(
    IDbContextFactory<ClawithDbContext> contexts, ISessionRules rules, TimeProvider clock, ListingMembership251aeba8 membership, ChatEventAnnouncer announcer)
    : IReadMarks
{
    public async Task<SessionPayload> MarkReadAsync(ChatSession session, CurrentUser owner, CancellationToken cancellationToken)
    {
        if (session.SessionType != SessionTypes.Direct)
            return SessionPayload.Failed(new NotAuthorizedError($"Only direct sessions keep a read mark, not {session.SessionType} sessions."));
        var now = StorageConventions.TruncateToMicroseconds(clock.GetUtcNow().UtcDateTime);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var marked = await db.ChatSessions
            .Where(s => s.Id == session.Id && s.UserId == owner.Id && s.DeletedAt == null && s.SessionType == SessionTypes.Direct)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.LastReadAtByUser, now).SetProperty(s => s.UpdatedAt, now), cancellationToken);
        var after = marked == 0 ? null : await rules.Findable(db).AsNoTracking().SingleOrDefaultAsync(s => s.Id == session.Id, cancellationToken);
        if (after is null)
            return SessionPayload.Failed(new NotFoundError(SessionAccessHandler.NotFound));
        var listed = membership.Of(await SessionChangeFacts.ReadAsync(db, after, cancellationToken), after);
        await announcer.AnnounceAsync(SessionChangeEvents.Session(ChatEventKind.SessionRead, after, listed, listed));
        return new SessionPayload(after, null);
    }
}
