using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Live;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Messages;

/// <summary>
/// The writes of messages. Callers have already passed the access rules (the field's policies); this
/// stores the row, moves the session's last_message_at, then announces the committed message.
/// </summary>
public sealed class MessageCommands(IDbContextFactory<ClawithDbContext> contexts, TimeProvider clock, ChatEventAnnouncer announcer)
{
    /// <summary>A user-role message of the session's owner, or null when the session is gone.</summary>
    public async Task<MessageNode?> SendAsUserAsync(Guid sessionId, Guid senderId, string content, CancellationToken cancellationToken)
    {
        var messageId = Guid.NewGuid();
        var now = StorageConventions.TruncateToMicroseconds(clock.GetUtcNow().UtcDateTime);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Replayed whole after a transient failure (PostgreSQL); when the failure hid a commit that
        // did land, the check finds the message instead of storing it twice.
        var sent = await db.Database.CreateExecutionStrategy().ExecuteInTransactionAsync(
            async ct =>
            {
                db.ChangeTracker.Clear();
                // The session row first: its lock orders this with a delete of the session (which
                // removes the row before its messages), so no message outlives its session.
                if (await db.ChatSessions.Where(s => s.Id == sessionId)
                        .ExecuteUpdateAsync(set => set.SetProperty(s => s.LastMessageAt, now), ct) == 0)
                    return null;
                var session = await db.ChatSessions.AsNoTracking().FirstAsync(s => s.Id == sessionId, ct);
                var message = new ChatMessage
                {
                    Id = messageId,
                    AgentId = session.AgentId,
                    UserId = senderId,
                    Role = ChatRole.User,
                    Content = content,
                    ConversationId = session.ConversationId,
                    ParticipantId = await ParticipantOfAsync(db, senderId, ct),
                    CreatedAt = now,
                };
                db.ChatMessages.Add(message);
                await db.SaveChangesAsync(ct);
                return new MessageNode(message, session);
            },
            ct => db.ChatMessages.AsNoTracking().AnyAsync(m => m.Id == messageId, ct),
            cancellationToken);
        if (sent is not null)
            await announcer.AnnounceAsync(ChatEventOf.Session(ChatEventKind.MessageAdded, sent.Session, sent.Message.Id));
        return sent;
    }

    /// <summary>The user's row in participants, which Clawith creates for some users only.</summary>
    private static Task<Guid?> ParticipantOfAsync(ClawithDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.Participants.AsNoTracking()
            .Where(p => p.Type == "user" && p.RefId == userId)
            .Select(p => (Guid?)p.Id)
            .FirstOrDefaultAsync(cancellationToken);
}
