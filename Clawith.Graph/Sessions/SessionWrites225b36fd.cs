using Clawith.Graph.Auth;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Sessions;

/// <summary>Clawith's REST module's writes: a plain insert, a rename of any session under the agent, and a hard delete of the session with its messages.</summary>
public sealed class SessionWrites225b36fd : ISessionWrites
{
    public Task InsertAsync(ClawithDbContext db, ChatSession session, CurrentUser owner, CancellationToken cancellationToken) =>
        db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);

    public async Task<ChangedSession?> RenameAsync(ClawithDbContext db, Guid sessionId, string title, DateTime now, CancellationToken cancellationToken)
    {
        var session = await db.ChatSessions.FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null)
            return null;
        session.Title = title;
        await db.SaveChangesAsync(cancellationToken);
        // Read once the update holds the row: a message being sent waits for this commit, so these stand until it.
        return new ChangedSession(session, (await SessionChangeFacts.ReadAsync(db, session, cancellationToken)).ListingsOf(session));
    }

    /// <summary>Removes the session and all its messages together, or nothing.</summary>
    public async Task<ChangedSession?> DeleteAsync(ClawithDbContext db, Guid sessionId, CurrentUser actor, DateTime now, CancellationToken cancellationToken)
    {
        // Read for the event: who may hear of the deletion is decided by these routing facts.
        var session = await db.ChatSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        // The session row first: its lock makes a message being sent (which moves last_message_at)
        // either land before this delete, and go with it, or find no session afterwards.
        if (session is null || await db.ChatSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(cancellationToken) == 0)
            return null;
        // With the row's lock held: every message sent before this delete is seen, none can follow.
        var listed = (await SessionChangeFacts.ReadAsync(db, session, cancellationToken)).ListingsOf(session);
        var conversationId = sessionId.ToString();
        await db.ChatMessages.Where(m => m.ConversationId == conversationId).ExecuteDeleteAsync(cancellationToken);
        return new ChangedSession(session, listed);
    }
}
