using Clawith.Graph.Auth;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Live;
using Clawith.Graph.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Clawith.Graph.Messages;

/// <summary>
/// The writes of messages. Callers have already passed the access rules (the field's policies); this
/// stores the row with the columns the generation requires (<see cref="IMessageStamp"/>), moves the session's
/// last_message_at, then announces the committed message.
/// </summary>
public sealed class MessageCommands(
    IDbContextFactory<ClawithDbContext> contexts, TimeProvider clock, ChatEventAnnouncer announcer,
    ISessionRules rules, IMessageStamp stamp, IListingMembership listings)
{
    /// <summary>A user-role message of the session's owner, or null when the session is gone.</summary>
    public async Task<MessageInSession?> SendAsUserAsync(Guid sessionId, CurrentUser sender, string content, CancellationToken cancellationToken)
    {
        var messageId = Guid.NewGuid();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One insert and one update: a savepoint around them would cost two round trips and protect nothing.
        db.Database.AutoSavepointsEnabled = false;
        // Replayed whole after a transient failure (PostgreSQL), with a time taken afresh; when the
        // failure hid a commit that did land, the check finds the message instead of storing it twice,
        // and the answer is that attempt's message.
        var sent = await db.Database.CreateExecutionStrategy().ExecuteInTransactionAsync(
            async ct =>
            {
                db.ChangeTracker.Clear();
                // The session row first: its lock orders this with other senders and with a delete of the
                // session (which removes the row before its messages), so no message outlives its session.
                if (await SessionForNewMessage.LockAsync(db, rules, sessionId, sender.Id, ct) is not { } target)
                    return null;
                var message = new ChatMessage
                {
                    Id = messageId,
                    AgentId = target.Session.AgentId,
                    UserId = sender.Id,
                    Role = ChatRole.User,
                    Content = content,
                    ConversationId = target.Session.ConversationId,
                    ParticipantId = target.SenderParticipantId,
                    // Only now, with the lock held.
                    CreatedAt = target.TimeOfNextMessage(clock.GetUtcNow().UtcDateTime),
                };
                target.Session.LastMessageAt = message.CreatedAt;
                await stamp.StampAsync(db, message, target.Session, sender, ct);
                db.ChatMessages.Add(message);
                await db.SaveChangesAsync(ct);
                return new Sent(new MessageInSession(message, target.Session), target.Before);
            },
            ct => db.ChatMessages.AsNoTracking().AnyAsync(m => m.Id == messageId, ct),
            SessionForNewMessage.Isolation(db),
            cancellationToken);
        if (sent is null)
            return null;
        var (node, before) = sent;
        await announcer.AnnounceAsync(SessionChangeEvents.Session(ChatEventKind.MessageAdded, node.Session,
            listings.Of(before, node.Session), listings.Of(before.With(node.Message, node.Session), node.Session), node.Message.Id));
        return node;
    }

    /// <summary>The stored message, and what the session's messages were before it (for the listings it enters).</summary>
    private sealed record Sent(MessageInSession Node, SessionChangeFacts Before);
}
