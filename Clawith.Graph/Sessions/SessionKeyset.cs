using System.Linq.Expressions;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Schema.Paging;

namespace Clawith.Graph.Sessions;

/// <summary>
/// The listings' order (last_message_at descending with nulls last, then created_at descending, then
/// id) and the keyset predicate "after this cursor" in that order, so a page is an index walk.
/// </summary>
public sealed record SessionKeyset(DateTime? LastMessageAt, DateTime CreatedAt, Guid Id)
{
    public static IOrderedQueryable<ChatSession> Order(IQueryable<ChatSession> sessions) =>
        sessions.OrderBy(s => s.LastMessageAt == null)
            .ThenByDescending(s => s.LastMessageAt)
            .ThenByDescending(s => s.CreatedAt)
            .ThenByDescending(s => s.Id);

    public static string CursorOf(ChatSession session) => Cursor.Encode(session.LastMessageAt, session.CreatedAt, session.Id);

    public static SessionKeyset Parse(string cursor)
    {
        var parts = Cursor.Decode(cursor, 3);
        return new SessionKeyset(Cursor.ParseTime(parts[0]), Cursor.ParseTime(parts[1]) ?? default, Cursor.ParseId(parts[2]));
    }

    public Expression<Func<ChatSession, bool>> After()
    {
        var (lastMessageAt, createdAt, id) = (LastMessageAt, CreatedAt, Id);
        if (lastMessageAt is null)
            return s => s.LastMessageAt == null
                && (s.CreatedAt < createdAt || (s.CreatedAt == createdAt && s.Id.CompareTo(id) < 0));
        return s => s.LastMessageAt == null
            || s.LastMessageAt < lastMessageAt
            || (s.LastMessageAt == lastMessageAt
                && (s.CreatedAt < createdAt || (s.CreatedAt == createdAt && s.Id.CompareTo(id) < 0)));
    }
}
