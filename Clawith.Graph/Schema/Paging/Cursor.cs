using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Clawith.Graph.Schema.Errors;

namespace Clawith.Graph.Schema.Paging;

/// <summary>
/// Opaque keyset cursors: the sort key of a row (timestamps as UTC ticks, or empty for null, and
/// the id), base64url-encoded. A client can hand them back but not forge a meaning into them.
/// </summary>
public static class Cursor
{
    public static string Encode(params object?[] parts) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('|', parts.Select(Format))));

    public static string[] Decode(string cursor, int partCount) => Decode(cursor, partCount, null);

    /// <param name="filteredListMessage">What to say of a cursor of a filtered or re-ordered list (a JSON array), which this is not.</param>
    public static string[] Decode(string cursor, int partCount, string? filteredListMessage)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            var parts = text.Split('|');
            if (parts.Length == partCount)
                return parts;
            if (filteredListMessage is not null && text.StartsWith('['))
                throw CodedExecutionError.InvalidInput(filteredListMessage);
        }
        catch (FormatException)
        {
        }
        throw CodedExecutionError.InvalidInput($"'{cursor}' is not a cursor of this connection.");
    }

    public static DateTime? ParseTime(string part) =>
        part.Length == 0 ? null : new DateTime(ParseLong(part), DateTimeKind.Utc);

    public static Guid ParseId(string part) =>
        Scalars.UuidText.TryParse(part, out var id) ? id : throw CodedExecutionError.InvalidInput("The cursor is malformed.");

    public static long ParseLong(string part) =>
        long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= DateTime.MaxValue.Ticks
            ? value
            : throw CodedExecutionError.InvalidInput("The cursor is malformed.");

    private static string Format(object? part) => part switch
    {
        null => "",
        DateTime time => time.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture),
        Guid id => id.ToString("D"),
        _ => Convert.ToString(part, CultureInfo.InvariantCulture) ?? "",
    };
}
