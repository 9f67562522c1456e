using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Sessions;

/// <summary>
/// The writes to sessions. Callers have already passed the access rules (the fields' policies);
/// these only change rows.
/// </summary>
public sealed class SessionCommands(IDbContextFactory<ClawithDbContext> contexts, TimeProvider clock)
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
        return session;
    }

    public async Task<ChatSession?> RenameAsync(Guid sessionId, string title, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var session = await db.ChatSessions.FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null)
            return null;
        session.Title = title;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return null; // deleted by someone else between the read and the write: not found, as if a moment later
        }
        return session;
    }

    /// <summary>Removes the session and all its messages together, or nothing.</summary>
    public async Task<bool> DeleteAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var conversationId = sessionId.ToString();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The execution strategy replays the whole transaction after a transient failure (PostgreSQL).
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.ChatMessages.Where(m => m.ConversationId == conversationId).ExecuteDeleteAsync(ct);
            var deleted = await db.ChatSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
            return deleted > 0;
        }, cancellationToken);
    }
}
