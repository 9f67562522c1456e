using System.Data;
using System.Data.Common;
using System.Globalization;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Messages;

/// <summary>
/// The session a message is being added to, its row locked for the rest of the transaction, with the
/// time of its newest message as stored once the lock was held. Senders (and a delete) of one session
/// take turns on that lock, and each takes its time only once it holds it, later than every message
/// already committed: created_at order is commit order, so a reader paging forward from its last
/// cursor misses nothing, and last_message_at only moves forward. What its messages were before this one
/// (<see cref="SessionChangeFacts"/>) is read under the same lock, so the event can tell which listings the
/// session enters.
/// </summary>
public sealed record SessionForNewMessage(ChatSession Session, DateTime? NewestMessageAt, Guid? SenderParticipantId, SessionChangeFacts Before)
{
    /// <summary>
    /// SQLite's transaction begins IMMEDIATE: it holds the file's one write lock from the start.
    /// PostgreSQL's reads committed rows afresh at each statement, the newest message after the lock.
    /// </summary>
    public static IsolationLevel Isolation(ClawithDbContext db) => db.Database.IsSqlite() ? IsolationLevel.Serializable : IsolationLevel.ReadCommitted;

    /// <summary>Locks the session's row (tracked, to move its last_message_at), or null when it is gone.</summary>
    public static async Task<SessionForNewMessage?> LockAsync(
        ClawithDbContext db, ISessionRules rules, Guid sessionId, Guid senderId, CancellationToken cancellationToken)
    {
        // FOR UPDATE waits for the sender or delete holding the row, then returns the row as it left it
        // (none if it was deleted, or on 251aeba8 soft-deleted).
        var session = (await rules.Locked(db, sessionId).ToListAsync(cancellationToken)).SingleOrDefault();
        if (session is null)
            return null;
        // A statement of its own: only one that starts after the lock is held sees every message committed before it.
        var sql = new SqlDialect(db);
        var conversation = Sql.Bind(session.ConversationId);
        var sender = sql.Bind<Participant>(nameof(Participant.RefId), senderId);
        var (newest, participant, before) = (await db.ListAsync(
            Sql.Of($"""
                SELECT (SELECT max(created_at) FROM chat_messages WHERE conversation_id = {conversation}),
                       (SELECT id FROM participants WHERE type = 'user' AND ref_id = {sender} LIMIT 1),
                       {SessionChangeFacts.Columns(sql, session)}
                """),
            row => (TimeOrNull(row, 0), row.IdOrNull(1), SessionChangeFacts.Read(row, 2)),
            cancellationToken)).Single();
        return new SessionForNewMessage(session, newest, participant, before);
    }

    /// <summary>
    /// <paramref name="now"/> at the storage's precision, unless the session's newest message is as
    /// late (another server's clock, or the same microsecond): then a microsecond after it. Never before
    /// last_message_at, which must not move back.
    /// </summary>
    public DateTime TimeOfNextMessage(DateTime now)
    {
        var time = StorageConventions.TruncateToMicroseconds(now);
        if (NewestMessageAt is { } newest)
            time = Later(time, StorageConventions.TruncateToMicroseconds(newest).AddMicroseconds(1));
        if (Session.LastMessageAt is { } last)
            time = Later(time, StorageConventions.TruncateToMicroseconds(last));
        return time;
    }

    private static DateTime Later(DateTime a, DateTime b) => a >= b ? a : b;

    /// <summary>
    /// PostgreSQL gives a timestamptz; SQLite the text as stored, which another writer of the file may
    /// have left in a shape that does not parse: such a row cannot order anything and is passed over.
    /// </summary>
    private static DateTime? TimeOrNull(DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetValue(column) switch
    {
        DateTime time => DateTime.SpecifyKind(time, DateTimeKind.Utc),
        string text when DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time) => time,
        _ => null,
    };
}
