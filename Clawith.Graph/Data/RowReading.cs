using Clawith.Graph.Data.Statements;
using System.Data.Common;
using System.Globalization;

namespace Clawith.Graph.Data;

/// <summary>
/// Reading columns of a hand-written statement (<see cref="StatementRunner"/>) alike on SQLite and
/// PostgreSQL: both readers turn SQLite's text ids and times into Guid and DateTime themselves. A value
/// that cannot be read as its type (SQLite's text columns hold whatever another writer put there) throws
/// <see cref="UnreadableValueException"/>, naming the column and the value, for the row to be left out.
/// </summary>
public static class RowReading
{
    public static string? TextOrNull(this DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetString(column);

    public static Guid Id(this DbDataReader row, int column) => Read(row, column, "a UUID", static (r, c) => r.GetGuid(c));

    public static Guid? IdOrNull(this DbDataReader row, int column) => row.IsDBNull(column) ? null : row.Id(column);

    public static bool? FlagOrNull(this DbDataReader row, int column) =>
        row.IsDBNull(column) ? null : Read(row, column, "a boolean", static (r, c) => r.GetBoolean(c));

    /// <summary>Both databases hand times back as UTC without saying so: SQLite as text, PostgreSQL as timestamptz.</summary>
    public static DateTime Time(this DbDataReader row, int column) =>
        Read(row, column, "a time", static (r, c) => DateTime.SpecifyKind(r.GetDateTime(c), DateTimeKind.Utc));

    public static DateTime? TimeOrNull(this DbDataReader row, int column) => row.IsDBNull(column) ? null : row.Time(column);

    /// <summary>The columns <paramref name="names"/> of the table aliased <paramref name="alias"/>, quoted, for a SELECT list.</summary>
    public static string Columns(string alias, params string[] names) => string.Join(", ", names.Select(name => $"{alias}.\"{name}\""));

    /// <summary>A column's value as text, however it is stored: what a log says of a row that could not be read.</summary>
    public static string? RawText(this DbDataReader row, int column) =>
        row.IsDBNull(column) ? null : Convert.ToString(row.GetValue(column), CultureInfo.InvariantCulture);

    private static T Read<T>(DbDataReader row, int column, string expected, Func<DbDataReader, int, T> read)
    {
        try
        {
            return read(row, column);
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            throw new UnreadableValueException(row.GetName(column), row.RawText(column), expected);
        }
    }
}

/// <summary>A stored value that is not what its column should hold: the row it is in cannot be read.</summary>
public sealed class UnreadableValueException(string column, string? value, string expected)
    : Exception($"its {column} '{value}' is not {expected}");
