using System.Globalization;
using System.Text.RegularExpressions;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Messages;

namespace Clawith.Graph.Rest;

/// <summary>
/// A message's place in Clawith 251aeba8's REST history (RULES M3): <c>"&lt;created_at isoformat&gt;|&lt;id&gt;"</c>, the time written
/// as every REST timestamp is (<see cref="RestTimestamps"/>), and <c>before</c> read back as Clawith reads it: split at the last
/// '|', the time by Python's <c>datetime.fromisoformat</c> ('Z' for UTC; a time without an offset is UTC), the id by <c>uuid.UUID</c>.
/// A legacy cursor, a time alone, stands for the last id at that time: messages of that very time may come again, none is skipped.
/// </summary>
public static partial class MessageCursor
{
    public const string Invalid = "Invalid `before` cursor. Use '<ISO 8601>|<message UUID>'.";

    /// <summary>The id a legacy cursor (a time alone) stands for: after every id.</summary>
    public static readonly Guid AfterEveryId = Guid.Parse("ffffffff-ffff-ffff-ffff-ffffffffffff");

    /// <summary>The message's cursor; null for a message without a time (Clawith's column is NOT NULL: only another writer's SQLite row lacks one).</summary>
    public static string? Of(ChatMessage message) =>
        message.CreatedAt is { } createdAt ? $"{RestTimestamps.IsoFormat(createdAt)}|{message.Id}" : null;

    /// <summary>The keyset a <c>before</c> cursor names; a malformed one is Clawith's 400.</summary>
    public static MessageKeyset Parse(string cursor)
    {
        var bar = cursor.LastIndexOf('|');
        var id = bar < 0 ? AfterEveryId : ParseId(cursor[(bar + 1)..]);
        return new MessageKeyset(ParseTime(bar < 0 ? cursor : cursor[..bar]), id);
    }

    /// <summary>As <c>uuid.UUID(text)</c>: an optional urn:uuid: prefix and braces, hyphens anywhere, 32 hex digits in any case.</summary>
    private static Guid ParseId(string text)
    {
        var hex = text.Replace("urn:", "").Replace("uuid:", "").Trim('{', '}').Replace("-", "");
        return hex.Length == 32 && hex.All(char.IsAsciiHexDigit) ? Guid.ParseExact(hex, "N") : throw Rejected();
    }

    /// <summary>As <c>datetime.fromisoformat(text.replace("Z", "+00:00"))</c>, made UTC; a fraction past microseconds is cut, as Python does.</summary>
    private static DateTime ParseTime(string text)
    {
        var match = IsoTime().Match(text.Replace("Z", "+00:00"));
        if (!match.Success)
            throw Rejected();
        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        try
        {
            var local = new DateTime(Part("year"), Part("month"), Part("day"), Part("hour"), Part("minute"), Part("second"), DateTimeKind.Utc)
                .AddTicks(Microseconds(match.Groups["fraction"].Value) * 10);
            var offset = new TimeSpan(Part("offsetHours"), Part("offsetMinutes"), Part("offsetSeconds"));
            if (offset >= TimeSpan.FromDays(1))
                throw Rejected();
            return match.Groups["sign"].Value == "-" ? local + offset : local - offset;
        }
        catch (ArgumentOutOfRangeException)
        {
            throw Rejected();
        }
    }

    private static long Microseconds(string fraction) =>
        fraction.Length == 0 ? 0 : long.Parse(fraction.Length >= 6 ? fraction[..6] : fraction.PadRight(6, '0'), CultureInfo.InvariantCulture);

    private static RestRejection Rejected() => new(StatusCodes.Status400BadRequest, Invalid);

    // Python 3.11+: a date, optionally any one character then hours[:minutes[:seconds[.fraction]]], then an offset ±HH[[:]MM[[:]SS[.ffffff]]].
    [GeneratedRegex("""
        ^(?<year>[0-9]{4})-(?<month>[0-9]{2})-(?<day>[0-9]{2})
        (?:.(?<hour>[0-9]{2})(?::(?<minute>[0-9]{2})(?::(?<second>[0-9]{2})(?:[.,](?<fraction>[0-9]+))?)?)?
           (?:(?<sign>[+-])(?<offsetHours>[0-9]{2})(?::?(?<offsetMinutes>[0-9]{2})(?::?(?<offsetSeconds>[0-9]{2})(?:[.,][0-9]{1,6})?)?)?)?)?$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex IsoTime();
}
