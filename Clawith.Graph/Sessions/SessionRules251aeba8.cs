using Clawith.Graph.Auth;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.Messages;
using Clawith.Graph.Schema.Errors;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Sessions;

/// <summary>
/// Clawith 251aeba8's sessions. Only active ones (deleted_at null) of the caller's tenant exist here (A11).
/// Reading finds a session under its agent or, for an a2a session, its peer (M2's filters); renaming,
/// deleting and posting find only direct sessions under the agent (R2, D1; posting as P3 admits the owner's
/// web ones). A session with no agent or no owner is a native group chat of /api/groups, under no agent:
/// never findable here, so its NULLs are never read into a session.
/// </summary>
public sealed class SessionRules251aeba8 : ISessionRules
{
    private const string Active = "deleted_at IS NULL AND agent_id IS NOT NULL AND user_id IS NOT NULL";

    public IQueryable<ChatSession> Findable(ClawithDbContext db) =>
        db.ChatSessions.FromSqlRaw($"SELECT * FROM chat_sessions WHERE {Active}");

    public IQueryable<ChatSession> Locked(ClawithDbContext db, Guid sessionId)
    {
        var id = db.Stored<ChatSession>(nameof(ChatSession.Id), sessionId);
        return db.Database.IsSqlite()
            ? db.ChatSessions.FromSqlRaw($"SELECT * FROM chat_sessions WHERE id = {{0}} AND {Active}", id)
            : db.ChatSessions.FromSqlRaw($"SELECT * FROM chat_sessions WHERE id = {{0}} AND {Active} FOR UPDATE", id);
    }

    /// <summary>session_type is NOT NULL in the table: a session without one was read without the 251aeba8 columns.</summary>
    public bool IsComplete(ChatSession session) => session.SessionType is not null;

    public bool IsFound(SessionResource resource, ChatSession session, CurrentUser caller)
    {
        if (session.DeletedAt is not null || session.TenantId is null || session.TenantId != caller.TenantId)
            return false;
        return resource.FindsUnderPeer
            ? session.AgentId == resource.AgentId || (session.SessionType == SessionTypes.AgentToAgent && session.PeerAgentId == resource.AgentId)
            : session.AgentId == resource.AgentId && session.SessionType == SessionTypes.Direct;
    }

    public NotAuthorizedError? RefusalToPost(ChatSession session) =>
        session.GroupId is not null ? MessageDestination.Refusal("group sessions") : MessageDestination.RefusalFor(session);
}
