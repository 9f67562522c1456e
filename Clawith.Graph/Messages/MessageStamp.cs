using Clawith.Graph.Auth;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Participants;
using Clawith.Graph.Users;

namespace Clawith.Graph.Messages;

/// <summary>The columns a generation requires of a new message beyond the shared ones, set in the sender's transaction.</summary>
public interface IMessageStamp
{
    Task StampAsync(ClawithDbContext db, ChatMessage message, ChatSession session, CurrentUser sender, CancellationToken cancellationToken);
}

/// <summary>225b36fd: the shared columns are all there is.</summary>
public sealed class MessageStamp225b36fd : IMessageStamp
{
    public Task StampAsync(ClawithDbContext db, ChatMessage message, ChatSession session, CurrentUser sender, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}

/// <summary>
/// 251aeba8: the session's tenant (which Clawith's own writers leave out, hiding the row from its tenant-scoped
/// reads: RULES §0.2), mentions '[]', the sender's participant (fetched or created, as Clawith's web intake does),
/// and the session's updated_at, which Clawith's ORM moves with every change to the row.
/// </summary>
public sealed class MessageStamp251aeba8(UserLoader users) : IMessageStamp
{
    public async Task StampAsync(ClawithDbContext db, ChatMessage message, ChatSession session, CurrentUser sender, CancellationToken cancellationToken)
    {
        message.TenantId = session.TenantId;
        message.Mentions = "[]";
        if (message.ParticipantId is null && await users.LoadAsync(sender.Id, cancellationToken) is { } user)
            message.ParticipantId = await UserParticipants.EnsureAsync(db, user, cancellationToken);
        session.UpdatedAt = message.CreatedAt;
    }
}
