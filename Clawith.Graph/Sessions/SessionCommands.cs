using Clawith.Graph.Auth;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Live;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Sessions;

/// <summary>
/// The writes to sessions. Callers have already passed the access rules (the fields' policies); these run
/// the generation's writes (<see cref="ISessionWrites"/>) in one transaction, replayed whole after a transient
/// failure, then announce the committed change to the live bus with the listings the session was in, read in
/// the same transaction (<see cref="SessionChangeFacts"/>).
/// </summary>
public sealed class SessionCommands(
    IDbContextFactory<ClawithDbContext> contexts, TimeProvider clock, ChatEventAnnouncer announcer, ISessionWrites writes)
{
    public async Task<ChatSession> CreateAsync(Guid agentId, CurrentUser owner, string? title, CancellationToken cancellationToken)
    {
        var now = Now();
        var session = new ChatSession
        {
            Id = Guid.NewGuid(),
            AgentId = agentId,
            UserId = owner.Id,
            Title = title ?? SessionTitle.DefaultFor(now),
            SourceChannel = ChatSession.WebChannel,
            IsGroup = false,
            CreatedAt = now,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChatSessions.Add(session);
        // Replayed whole after a transient failure (PostgreSQL); when the failure hid a commit that
        // did land, the check finds the row instead of inserting it twice.
        await db.Database.CreateExecutionStrategy().ExecuteInTransactionAsync(
            ct => writes.InsertAsync(db, session, owner, ct),
            ct => db.ChatSessions.AsNoTracking().AnyAsync(s => s.Id == session.Id, ct),
            cancellationToken);
        // Nothing to announce: a session without messages is in no listing. It enters one with its first
        // qualifying message, which announces it (sessionChanged's ADDED).
        return session;
    }

    public async Task<ChatSession?> RenameAsync(Guid sessionId, string title, CancellationToken cancellationToken)
    {
        var renamed = await InTransactionAsync((db, ct) => writes.RenameAsync(db, sessionId, title, Now(), ct), cancellationToken);
        if (renamed is null)
            return null;
        await announcer.AnnounceAsync(SessionChangeEvents.Session(ChatEventKind.SessionRenamed, renamed.Session, renamed.Listed, renamed.Listed));
        return renamed.Session;
    }

    /// <summary>Deletes the session (225b36fd: with all its messages; 251aeba8: softly), or nothing.</summary>
    public async Task<bool> DeleteAsync(Guid sessionId, CurrentUser actor, CancellationToken cancellationToken)
    {
        var deleted = await InTransactionAsync((db, ct) => writes.DeleteAsync(db, sessionId, actor, Now(), ct), cancellationToken);
        if (deleted is null)
            return false;
        await announcer.AnnounceAsync(SessionChangeEvents.Session(ChatEventKind.SessionDeleted, deleted.Session, deleted.Listed, ListedIn.Nowhere));
        return true;
    }

    /// <summary>A write in a transaction of its own, replayed whole after a transient failure (PostgreSQL).</summary>
    private async Task<ChangedSession?> InTransactionAsync(
        Func<ClawithDbContext, CancellationToken, Task<ChangedSession?>> write, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var changed = await write(db, ct);
                if (changed is not null)
                    await transaction.CommitAsync(ct);
                return changed;
            }, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return null; // deleted by someone else between the read and the write: not found, as if a moment later
        }
    }

    private DateTime Now() => StorageConventions.TruncateToMicroseconds(clock.GetUtcNow().UtcDateTime);
}
