using Clawith.Graph.Auth;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Schema.Errors;

namespace Clawith.Graph.Sessions;

/// <summary>
/// Which sessions this server may touch, and for what, as the database's generation rules it: the one
/// place the generations' session lookups differ (225b36fd: any session under the agent; 251aeba8: active
/// sessions of the caller's tenant, and only direct ones to change or post in).
/// </summary>
public interface ISessionRules
{
    /// <summary>The sessions a lookup by id may return at all.</summary>
    IQueryable<ChatSession> Findable(ClawithDbContext db);

    /// <summary>A findable session, its row locked until the transaction ends (PostgreSQL: FOR UPDATE; SQLite holds the file's write lock).</summary>
    IQueryable<ChatSession> Locked(ClawithDbContext db, Guid sessionId);

    /// <summary>
    /// Whether <paramref name="session"/> holds every column the rules judge: one read by a statement that
    /// leaves some out is read again (<see cref="SessionLoader"/>) before it is judged.
    /// </summary>
    bool IsComplete(ChatSession session);

    /// <summary>Whether <paramref name="session"/> is the one <paramref name="resource"/> names, for the caller; otherwise it is not found.</summary>
    bool IsFound(SessionResource resource, ChatSession session, CurrentUser caller);

    /// <summary>Why the owner may not post in the session (a group, agent or other channel's transcript), or null.</summary>
    NotAuthorizedError? RefusalToPost(ChatSession session);
}
