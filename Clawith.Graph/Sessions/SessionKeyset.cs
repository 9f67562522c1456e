using Clawith.Graph.Data.Entities;
using Clawith.Graph.Filtering;
using Clawith.Graph.Schema.Paging;

namespace Clawith.Graph.Sessions;

/// <summary>
/// Where a session stands in the listings' default order (last_message_at descending with nulls last,
/// then created_at descending, then id), the keys of <see cref="SessionFields.DefaultOrder"/>.
/// <see cref="SessionListingSql"/> seeks to it. With no filter a page's cursor holds it as it always
/// has; a filtered or re-ordered list's cursors are <see cref="ListCursor"/>s.
/// </summary>
public sealed record SessionKeyset(DateTime? LastMessageAt, DateTime CreatedAt, Guid Id)
{
    public static SessionKeyset Of(ChatSession session) => new(session.LastMessageAt, session.CreatedAt, session.Id);

    /// <summary>The cursor of <paramref name="session"/> in a list of <paramref name="query"/> kept in the default order.</summary>
    public static string CursorOf(ChatSession session, ListQuery query) =>
        query.Fingerprint is null
            ? Cursor.Encode(session.LastMessageAt, session.CreatedAt, session.Id)
            : ListCursor.Encode(query, Of(session).Keys);

    /// <summary>The place a cursor of a list of <paramref name="query"/>, in the default order, holds.</summary>
    public static SessionKeyset Parse(string cursor, ListQuery query)
    {
        if (query.Fingerprint is not null)
        {
            var keys = ListCursor.Decode(cursor, query);
            return new SessionKeyset((DateTime?)keys[0], (DateTime)keys[1]!, (Guid)keys[2]!);
        }
        var parts = Cursor.Decode(cursor, 3, ListCursor.MadeForAnother);
        return new SessionKeyset(Cursor.ParseTime(parts[0]), Cursor.ParseTime(parts[1]) ?? default, Cursor.ParseId(parts[2]));
    }

    /// <summary>The values of <see cref="SessionFields.DefaultOrder"/>'s keys.</summary>
    public IReadOnlyList<object?> Keys => [LastMessageAt, CreatedAt, Id];
}
