using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Live;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Sessions;

/// <summary>
/// The writes to sessions. Callers have already passed the access rules (the fields' policies);
/// these only change rows, then announce the committed change to the live bus with the listings the
/// session was in, read in the same transaction (<see cref="SessionChangeFacts"/>).
/// </summary>
public sealed class SessionCommands(IDbContextFactory<ClawithDbContext> contexts, TimeProvider clock, ChatEventAnnouncer announcer)
{
    public async Task<ChatSession> CreateAsync(Guid agentId, Guid ownerId, string? title, CancellationToken cancellationToken)
    {
        var now = StorageConventions.TruncateToMicroseconds(clock.GetUtcNow().UtcDateTime);
        var session = new ChatSession
        {
            Id = Guid.NewGuid(),
            AgentId = agentId,
            UserId = ownerId,
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
            ct => db.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct),
            ct => db.ChatSessions.AsNoTracking().AnyAsync(s => s.Id == session.Id, ct),
            cancellationToken);
        // Nothing to announce: a session without messages is in no listing. It enters one with its first
        // qualifying message, which announces it (sessionChanged's ADDED).
        return session;
    }

    public async Task<ChatSession?> RenameAsync(Guid sessionId, string title, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        Changed? renamed;
        try
        {
            // Replayed whole after a transient failure (PostgreSQL): the same rename again.
            renamed = await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var session = await db.ChatSessions.FirstOrDefaultAsync(s => s.Id == sessionId, ct);
                if (session is null)
                    return null;
                session.Title = title;
                await db.SaveChangesAsync(ct);
                // Read once the update holds the row: a message being sent waits for this commit, so these stand until it.
                var listed = (await SessionChangeFacts.ReadAsync(db, session, ct)).ListingsOf(session);
                await transaction.CommitAsync(ct);
                return new Changed(session, listed);
            }, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return null; // deleted by someone else between the read and the write: not found, as if a moment later
        }
        if (renamed is null)
            return null;
        await announcer.AnnounceAsync(ChatEventOf.Session(ChatEventKind.SessionRenamed, renamed.Session, renamed.Listed, renamed.Listed));
        return renamed.Session;
    }

    /// <summary>Removes the session and all its messages together, or nothing.</summary>
    public async Task<bool> DeleteAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var conversationId = sessionId.ToString();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The execution strategy replays the whole transaction after a transient failure (PostgreSQL).
        var deleted = await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Read for the event: who may hear of the deletion is decided by these routing facts.
            var session = await db.ChatSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct);
            // The session row first: its lock makes a message being sent (which moves last_message_at)
            // either land before this delete, and go with it, or find no session afterwards.
            if (session is null || await db.ChatSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(ct) == 0)
                return null;
            // With the row's lock held: every message sent before this delete is seen, none can follow.
            var listed = (await SessionChangeFacts.ReadAsync(db, session, ct)).ListingsOf(session);
            await db.ChatMessages.Where(m => m.ConversationId == conversationId).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
            return new Changed(session, listed);
        }, cancellationToken);
        if (deleted is null)
            return false;
        await announcer.AnnounceAsync(ChatEventOf.Session(ChatEventKind.SessionDeleted, deleted.Session, deleted.Listed, ListedIn.Nowhere));
        return true;
    }

    /// <summary>A changed session, and the listings it was in at the change.</summary>
    private sealed record Changed(ChatSession Session, ListedIn Listed);
}
