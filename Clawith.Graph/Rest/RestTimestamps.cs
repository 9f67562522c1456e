using System.Globalization;

namespace Clawith.Graph.Rest;

/// <summary>
/// Times as Clawith's REST module writes them, with Python's <c>datetime.isoformat()</c> on a UTC time:
/// <c>2026-05-01T09:30:00.250000+00:00</c>, the fraction left out when it is zero.
/// </summary>
public static class RestTimestamps
{
    public static string? IsoFormat(DateTime? utc) => utc is { } value ? IsoFormat(value) : null;

    public static string IsoFormat(DateTime utc)
    {
        var format = utc.Ticks % TimeSpan.TicksPerSecond / 10 == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.ffffff";
        return utc.ToString(format, CultureInfo.InvariantCulture) + "+00:00";
    }
}
