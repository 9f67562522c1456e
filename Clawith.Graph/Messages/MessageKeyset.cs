using Clawith.Graph.Data.Entities;
using Clawith.Graph.Schema.Paging;

namespace Clawith.Graph.Messages;

/// <summary>Messages run in (created_at, id) order; cursors hold that key, so pages are index range scans (<see cref="MessagePageSql"/>).</summary>
public sealed record MessageKeyset(DateTime? CreatedAt, Guid Id)
{
    public static string CursorOf(ChatMessage message) => Cursor.Encode(message.CreatedAt, message.Id);

    public static MessageKeyset Parse(string cursor)
    {
        var parts = Cursor.Decode(cursor, 2);
        return new MessageKeyset(Cursor.ParseTime(parts[0]), Cursor.ParseId(parts[1]));
    }
}
