using Clawith.Graph.Data.Entities;
using Clawith.Graph.Schema.Paging;

namespace Clawith.Graph.Search;

/// <summary>
/// Where a search stands in its newest-first walk: the (created_at, id) of a hit, or of the last message a
/// bounded scan examined. Marked as a search's, so a cursor of another connection is refused, not misread.
/// </summary>
public sealed record SearchCursor(DateTime? CreatedAt, Guid Id)
{
    private const string Kind = "search";

    public static string Of(ChatMessage message) => Cursor.Encode(Kind, message.CreatedAt, message.Id);

    public static SearchCursor Parse(string cursor)
    {
        var parts = Cursor.Decode(cursor, 3);
        if (parts[0] != Kind)
            throw Schema.Errors.CodedExecutionError.InvalidInput($"'{cursor}' is not a cursor of this connection.");
        return new SearchCursor(Cursor.ParseTime(parts[1]), Cursor.ParseId(parts[2]));
    }
}
