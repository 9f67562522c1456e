using Clawith.Graph.Auth;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Participants;
using Clawith.Graph.Users;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Sessions;

/// <summary>
/// Clawith 251aeba8's session writes (chat_session_service.py). Create (C1–C5): the owner's participant,
/// the tenant, session_type 'direct', created_by_participant_id and updated_at, and the primary election under
/// the scope's lock. Rename (R2, R3): an active direct session's title and updated_at. Delete (D1–D4): soft,
/// under the owner's scope lock with the row re-read FOR UPDATE; the primary is handed on; the session's runs
/// are sent cancel commands; its messages stay.
/// </summary>
public sealed class SessionWrites251aeba8(ISessionRules rules, UserLoader users, ListingMembership251aeba8 membership) : ISessionWrites
{
    public async Task InsertAsync(ClawithDbContext db, ChatSession session, CurrentUser owner, CancellationToken cancellationToken)
    {
        var tenant = owner.TenantId ?? throw new InvalidOperationException("A session is created only for a caller with a tenant (A3).");
        var user = await users.LoadAsync(owner.Id, cancellationToken)
            ?? throw new InvalidOperationException($"The caller {owner.Id} has no users row.");
        var scope = new DirectSessionScope(db, tenant, session.AgentId, owner.Id);
        session.CreatedByParticipantId = await UserParticipants.EnsureAsync(db, user, cancellationToken);
        await scope.LockAsync(cancellationToken);
        // The first active direct session is the primary; a later one never demotes it. With none primary,
        // the best existing one is promoted and the new one is not (C4).
        var (primary, best) = await scope.ReadAsync(cancellationToken);
        if (primary is null && best is { } promoted)
            await scope.PromoteAsync(promoted, session.CreatedAt, cancellationToken);
        session.TenantId = tenant;
        session.SessionType = SessionTypes.Direct;
        session.IsPrimary = primary is null && best is null;
        session.UpdatedAt = session.CreatedAt;
        await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
    }

    public async Task<ChangedSession?> RenameAsync(ClawithDbContext db, Guid sessionId, string title, DateTime now, CancellationToken cancellationToken)
    {
        // One statement that holds the row: an active direct session, or nothing (a soft delete since the check wins).
        var renamed = await db.ChatSessions
            .Where(s => s.Id == sessionId && s.DeletedAt == null && s.SessionType == SessionTypes.Direct)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Title, title).SetProperty(s => s.UpdatedAt, now), cancellationToken);
        if (renamed == 0)
            return null;
        var session = await rules.Findable(db).AsNoTracking().SingleAsync(s => s.Id == sessionId, cancellationToken);
        return new ChangedSession(session, membership.Of(await SessionChangeFacts.ReadAsync(db, session, cancellationToken), session));
    }

    public async Task<ChangedSession?> DeleteAsync(ClawithDbContext db, Guid sessionId, CurrentUser actor, DateTime now, CancellationToken cancellationToken)
    {
        // The owner's scope is locked (theirs, not the deleting admin's), then the row is read again under it.
        if (await Direct(rules.Findable(db)).AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken) is not { } found)
            return null;
        var scope = new DirectSessionScope(db, found.TenantId!.Value, found.AgentId, found.UserId);
        await scope.LockAsync(cancellationToken);
        if (await Direct(rules.Locked(db, sessionId)).AsNoTracking().SingleOrDefaultAsync(cancellationToken) is not { } session
            || session.TenantId != found.TenantId || session.UserId != found.UserId)
            return null;
        var listed = membership.Of(await SessionChangeFacts.ReadAsync(db, session, cancellationToken), session);
        await db.ChatSessions.Where(s => s.Id == sessionId)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.DeletedAt, now).SetProperty(s => s.UpdatedAt, now), cancellationToken);
        if (session.IsPrimary && (await scope.ReadAsync(cancellationToken)).Best is { } replacement)
            await scope.PromoteAsync(replacement, now, cancellationToken);
        await SessionRunCancels.EnqueueAsync(db, session.TenantId!.Value, sessionId, actor.Id, now, cancellationToken);
        return new ChangedSession(session, listed);
    }

    private static IQueryable<ChatSession> Direct(IQueryable<ChatSession> sessions) =>
        sessions.Where(s => s.SessionType == SessionTypes.Direct);
}
