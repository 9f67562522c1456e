using System.Globalization;
using Clawith.Graph.Data;

namespace Clawith.Graph.Bench.Data;

/// <summary>Ids and times as the server stores them in SQLite (StorageConventions): written by the builder, read by the baselines.</summary>
public static class StoredText
{
    public static string Text(Guid id) => id.ToString("D");

    public static string Text(DateTime utc) => utc.ToString(StorageConventions.SqliteTimestampFormat, CultureInfo.InvariantCulture);

    public static DateTime Time(string text) =>
        DateTime.ParseExact(text, StorageConventions.SqliteTimestampFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
