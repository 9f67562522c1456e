using System.Linq.Expressions;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Schema.Paging;

namespace Clawith.Graph.Messages;

/// <summary>Messages run in (created_at, id) order; cursors hold that key, so pages are index range scans.</summary>
public sealed record MessageKeyset(DateTime? CreatedAt, Guid Id)
{
    public static string CursorOf(ChatMessage message) => Cursor.Encode(message.CreatedAt, message.Id);

    public static MessageKeyset Parse(string cursor)
    {
        var parts = Cursor.Decode(cursor, 2);
        return new MessageKeyset(Cursor.ParseTime(parts[0]), Cursor.ParseId(parts[1]));
    }

    // Each predicate leads with a bound the rest implies, so the database seeks to the cursor in the
    // index instead of walking every message between it and the end: page 1,000 costs what page 1 does.
    // A cursor on a message without a time keeps the plain form, which SQL's NULL comparisons need.

    public Expression<Func<ChatMessage, bool>> After()
    {
        var (createdAt, id) = (CreatedAt, Id);
        if (createdAt is null)
            return m => m.CreatedAt > createdAt || (m.CreatedAt == createdAt && m.Id.CompareTo(id) > 0);
        return m => m.CreatedAt >= createdAt && (m.CreatedAt > createdAt || m.Id.CompareTo(id) > 0);
    }

    public Expression<Func<ChatMessage, bool>> Before()
    {
        var (createdAt, id) = (CreatedAt, Id);
        if (createdAt is null)
            return m => m.CreatedAt < createdAt || (m.CreatedAt == createdAt && m.Id.CompareTo(id) < 0);
        return m => m.CreatedAt <= createdAt && (m.CreatedAt < createdAt || m.Id.CompareTo(id) < 0);
    }
}
