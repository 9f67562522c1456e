using System.Data.Common;

namespace Clawith.Graph.Data;

/// <summary>
/// Reading columns of a hand-written statement (<see cref="HandWrittenQuery"/>) alike on SQLite and
/// PostgreSQL: both readers turn SQLite's text ids and times into Guid and DateTime themselves.
/// </summary>
public static class RowReading
{
    public static string? TextOrNull(this DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetString(column);

    public static Guid? IdOrNull(this DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetGuid(column);

    public static bool? FlagOrNull(this DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetBoolean(column);

    /// <summary>Both databases hand times back as UTC without saying so: SQLite as text, PostgreSQL as timestamptz.</summary>
    public static DateTime Time(this DbDataReader row, int column) => DateTime.SpecifyKind(row.GetDateTime(column), DateTimeKind.Utc);

    public static DateTime? TimeOrNull(this DbDataReader row, int column) => row.IsDBNull(column) ? null : row.Time(column);

    /// <summary>The columns <paramref name="names"/> of the table aliased <paramref name="alias"/>, quoted, for a SELECT list.</summary>
    public static string Columns(string alias, params string[] names) => string.Join(", ", names.Select(name => $"{alias}.\"{name}\""));
}
