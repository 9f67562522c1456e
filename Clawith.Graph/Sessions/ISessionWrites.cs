using Clawith.Graph.Auth;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Live;

namespace Clawith.Graph.Sessions;

/// <summary>
/// The rows a session write changes, as the database's generation writes them, inside the transaction
/// <see cref="SessionCommands"/> holds (and replays whole after a transient failure). Callers have already
/// passed the access rules.
/// </summary>
public interface ISessionWrites
{
    /// <summary>Saves <paramref name="session"/> (added to <paramref name="db"/>, its common columns set) as the owner's new web session.</summary>
    Task InsertAsync(ClawithDbContext db, ChatSession session, CurrentUser owner, CancellationToken cancellationToken);

    /// <summary>The renamed session and the listings it is in; null when it is not there to rename.</summary>
    Task<ChangedSession?> RenameAsync(ClawithDbContext db, Guid sessionId, string title, DateTime now, CancellationToken cancellationToken);

    /// <summary>The deleted session as it was and the listings it was in; null when it is not there to delete.</summary>
    Task<ChangedSession?> DeleteAsync(ClawithDbContext db, Guid sessionId, CurrentUser actor, DateTime now, CancellationToken cancellationToken);
}

/// <summary>A changed session, and the listings it was in at the change (read under its row's lock).</summary>
public sealed record ChangedSession(ChatSession Session, ListedIn Listed);
