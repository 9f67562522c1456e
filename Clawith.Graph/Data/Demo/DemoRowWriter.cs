using Clawith.Graph.Data.Entities;

namespace Clawith.Graph.Data.Demo;

/// <summary>
/// Adds Clawith rows as Clawith's backend writes them — a user with an identity, a session whose
/// last_message_at follows its messages — for the demo data and the tests' worlds. Saving is the caller's.
/// Rows carry 251aeba8's columns too (the tenant, the session's type, updated_at); a 225b36fd model does
/// not map them, so they are written only where the database has them.
/// </summary>
public sealed class DemoRowWriter(ClawithDbContext db, Guid? tenantId = null)
{
    /// <summary>A tenant, where the database has tenants (251aeba8); on 225b36fd nothing.</summary>
    public void Tenant(Guid id, string name, string slug)
    {
        if (db.Model.FindEntityType(typeof(Tenant)) is not null)
            db.Set<Tenant>().Add(new Tenant { Id = id, Name = name, Slug = slug });
    }

    public User User(Guid id, string? username, string displayName, UserRole role, bool active = true)
    {
        var user = new User { Id = id, DisplayName = displayName, Role = role, IsActive = active, TenantId = tenantId };
        if (username is not null)
        {
            user.Identity = new Identity { Id = Guid.NewGuid(), Username = username };
            db.Identities.Add(user.Identity);
        }
        db.Users.Add(user);
        return user;
    }

    public Participant Participant(Guid id, string type, Guid refId, string displayName) =>
        db.Participants.Add(new Participant { Id = id, Type = type, RefId = refId, DisplayName = displayName }).Entity;

    public ChatSession Session(
        Guid id, Guid agentId, Guid ownerId, string title, string channel, DateTime createdAt,
        Guid? peerAgentId = null, bool isGroup = false, string? groupName = null) =>
        db.ChatSessions.Add(new ChatSession
        {
            Id = id, AgentId = agentId, UserId = ownerId, Title = title, SourceChannel = channel, CreatedAt = createdAt,
            PeerAgentId = peerAgentId, IsGroup = isGroup, GroupName = groupName,
            TenantId = tenantId, SessionType = SessionTypes.DerivedFrom(channel, isGroup), UpdatedAt = createdAt,
        }).Entity;

    /// <summary>A message of the session (to its agent unless <paramref name="agentId"/> says otherwise), moving its last_message_at.</summary>
    public ChatMessage Message(
        ChatSession session, Guid id, ChatRole role, string content, DateTime at,
        Guid? speaker = null, string? thinking = null, Guid? agentId = null)
    {
        if (session.LastMessageAt is null || session.LastMessageAt < at)
            session.LastMessageAt = at;
        return db.ChatMessages.Add(new ChatMessage
        {
            Id = id, AgentId = agentId ?? session.AgentId, UserId = session.UserId, Role = role, Content = content,
            ConversationId = session.ConversationId, ParticipantId = speaker, Thinking = thinking, CreatedAt = at,
            TenantId = session.TenantId,
        }).Entity;
    }
}
