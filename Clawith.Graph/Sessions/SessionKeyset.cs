using Clawith.Graph.Data.Entities;
using Clawith.Graph.Schema.Paging;

namespace Clawith.Graph.Sessions;

/// <summary>
/// Where a session stands in the listings' order (last_message_at descending with nulls last, then
/// created_at descending, then id), as a page's cursor holds it. <see cref="SessionListingSql"/> seeks to it.
/// </summary>
public sealed record SessionKeyset(DateTime? LastMessageAt, DateTime CreatedAt, Guid Id)
{
    public static string CursorOf(ChatSession session) => Cursor.Encode(session.LastMessageAt, session.CreatedAt, session.Id);

    public static SessionKeyset Parse(string cursor)
    {
        var parts = Cursor.Decode(cursor, 3);
        return new SessionKeyset(Cursor.ParseTime(parts[0]), Cursor.ParseTime(parts[1]) ?? default, Cursor.ParseId(parts[2]));
    }
}
