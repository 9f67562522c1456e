using System.Linq.Expressions;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Schema.Paging;

namespace Clawith.Graph.Sessions;

/// <summary>
/// The listings' order (last_message_at descending with nulls last, then created_at descending, then
/// id) and its keyset pages. "Nulls last" cannot be read off an index in both SQLite and PostgreSQL, so
/// a page is cut from two halves that can: the sessions with a last message, and those without. Each
/// half is an index walk on (…, last_message_at, created_at, id) that stops after a page; only the
/// halves' few rows are merged in the full order.
/// </summary>
public sealed record SessionKeyset(DateTime? LastMessageAt, DateTime CreatedAt, Guid Id)
{
    /// <summary>The full order, for merging the halves' rows (or listing everything).</summary>
    public static IOrderedQueryable<ChatSession> Order(IQueryable<ChatSession> sessions) =>
        sessions.OrderBy(s => s.LastMessageAt == null).ThenByDescending(s => s.LastMessageAt)
            .ThenByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id);

    /// <summary>
    /// At most <paramref name="take"/> sessions of each half that follow <paramref name="after"/>, not
    /// yet merged. A database whose descending walk already puts nulls last (SQLite) reads a first page
    /// in one walk, which never reaches the idle sessions when the active ones fill the page.
    /// </summary>
    public static IQueryable<ChatSession> HalvesAfter(IQueryable<ChatSession> listed, SessionKeyset? after, int take, bool descendingPutsNullsLast)
    {
        if (after is null && descendingPutsNullsLast)
            return Walk(listed, null, take);
        var idle = Walk(listed.Where(s => s.LastMessageAt == null), after is { LastMessageAt: null } ? after.IdleAfter() : null, take);
        if (after is { LastMessageAt: null })
            return idle; // past the last active session: only idle ones remain
        return Walk(listed.Where(s => s.LastMessageAt != null), after?.ActiveAfter(), take).Concat(idle);
    }

    public static string CursorOf(ChatSession session) => Cursor.Encode(session.LastMessageAt, session.CreatedAt, session.Id);

    public static SessionKeyset Parse(string cursor)
    {
        var parts = Cursor.Decode(cursor, 3);
        return new SessionKeyset(Cursor.ParseTime(parts[0]), Cursor.ParseTime(parts[1]) ?? default, Cursor.ParseId(parts[2]));
    }

    private static IQueryable<ChatSession> Walk(IQueryable<ChatSession> half, Expression<Func<ChatSession, bool>>? after, int take) =>
        (after is null ? half : half.Where(after))
            .OrderByDescending(s => s.LastMessageAt).ThenByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id)
            .Take(take);

    /// <summary>
    /// Sessions with a last message after this cursor in page order. The leading "at most this
    /// recent" bound is implied by the rest; it is there so the database seeks to the cursor instead of
    /// walking from the newest session.
    /// </summary>
    private Expression<Func<ChatSession, bool>> ActiveAfter()
    {
        var (lastMessageAt, createdAt, id) = (LastMessageAt, CreatedAt, Id);
        return s => s.LastMessageAt <= lastMessageAt
            && (s.LastMessageAt < lastMessageAt
                || (s.CreatedAt < createdAt || (s.CreatedAt == createdAt && s.Id.CompareTo(id) < 0)));
    }

    /// <summary>Sessions without a last message after this (idle) cursor, with the same seek bound on created_at.</summary>
    private Expression<Func<ChatSession, bool>> IdleAfter()
    {
        var (createdAt, id) = (CreatedAt, Id);
        return s => s.CreatedAt <= createdAt && (s.CreatedAt < createdAt || s.Id.CompareTo(id) < 0);
    }
}
