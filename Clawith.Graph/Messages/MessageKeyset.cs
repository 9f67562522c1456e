using Clawith.Graph.Data.Entities;
using Clawith.Graph.Filtering;
using Clawith.Graph.Schema.Paging;

namespace Clawith.Graph.Messages;

/// <summary>
/// Messages run in (created_at, id) order, or its reverse; cursors hold that key, so pages are index range
/// scans (<see cref="MessagePageSql"/>). With no filter and the default order a cursor holds it as it always
/// has; otherwise it is a <see cref="ListCursor"/>, which says the filter and order it was made for.
/// </summary>
public sealed record MessageKeyset(DateTime? CreatedAt, Guid Id)
{
    public static string CursorOf(ChatMessage message, ListQuery query) =>
        query.Fingerprint is null ? Cursor.Encode(message.CreatedAt, message.Id) : ListCursor.Encode(query, [message.CreatedAt, message.Id]);

    public static MessageKeyset Parse(string cursor, ListQuery query)
    {
        if (query.Fingerprint is not null)
        {
            var keys = ListCursor.Decode(cursor, query);
            return new MessageKeyset((DateTime?)keys[0], (Guid)keys[1]!);
        }
        var parts = Cursor.Decode(cursor, 2, ListCursor.MadeForAnother);
        return new MessageKeyset(Cursor.ParseTime(parts[0]), Cursor.ParseId(parts[1]));
    }
}
