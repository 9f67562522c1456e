using Clawith.Graph.Auth;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.Messages;
using Clawith.Graph.Schema.Errors;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Sessions;

/// <summary>
/// Clawith's REST module's sessions: every row is findable; a session is found under its agent, or, to read it, under
/// the peer of an agent-to-agent session; its owner posts only in their web sessions that are not group ones.
/// </summary>
public sealed class SessionRules225b36fd : ISessionRules
{
    public IQueryable<ChatSession> Findable(ClawithDbContext db) => db.ChatSessions;

    public IQueryable<ChatSession> Locked(ClawithDbContext db, Guid sessionId)
    {
        var id = db.Stored<ChatSession>(nameof(ChatSession.Id), sessionId);
        return db.Database.IsSqlite()
            ? db.ChatSessions.FromSql($"SELECT * FROM chat_sessions WHERE id = {id}")
            : db.ChatSessions.FromSql($"SELECT * FROM chat_sessions WHERE id = {id} FOR UPDATE");
    }

    public bool IsComplete(ChatSession session) => true;

    public bool IsFound(SessionResource resource, ChatSession session, CurrentUser caller) =>
        session.AgentId == resource.AgentId || (resource.FindsUnderPeer && session.PeerAgentId == resource.AgentId);

    public NotAuthorizedError? RefusalToPost(ChatSession session) => MessageDestination.RefusalFor(session);
}
