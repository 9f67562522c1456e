using System.Data.Common;
using System.Globalization;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.Schema.Paging;

namespace Clawith.Graph.Filtering;

/// <summary>Text: exact equality and membership, and case-insensitive matching by <see cref="TextFolding"/>'s rule.</summary>
public sealed class TextKind : ValueKind
{
    public static readonly TextKind Instance = new();

    public override IReadOnlyList<FilterOperation> Operations { get; } =
    [
        FilterOperation.Eq, FilterOperation.Neq, FilterOperation.Contains, FilterOperation.Ncontains, FilterOperation.In,
        FilterOperation.Nin, FilterOperation.StartsWith, FilterOperation.NstartsWith, FilterOperation.EndsWith, FilterOperation.NendsWith,
    ];

    public override Type OperationInputGraphType(bool nullable) => typeof(StringOperationFilterInputGraphType);

    public override Sql Bind(object value, SqlDialect dialect) => Sql.Bind((string)value);

    /// <summary>
    /// Both sides folded by the same SQL function, the client's text as a LIKE pattern whose own %, _ and \
    /// are escaped: they match themselves, never "anything".
    /// </summary>
    protected override Sql Compare(Sql expression, Comparison comparison, object value, SqlDialect dialect)
    {
        var text = LikeEscaped((string)value);
        var pattern = comparison switch
        {
            Comparison.Contains => $"%{text}%",
            Comparison.StartsWith => $"{text}%",
            Comparison.EndsWith => $"%{text}",
            _ => null,
        };
        return pattern is null
            ? base.Compare(expression, comparison, value, dialect)
            : Sql.Of($"{dialect.Fold(expression)} LIKE {dialect.Fold(Sql.Bind(pattern))} ESCAPE '\\'");
    }

    public static string LikeEscaped(string text) => text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");

    /// <summary>Case-insensitively first, then by code point, so the order is total and the same on both databases.</summary>
    public override IReadOnlyList<Sql> SortTerms(Sql expression, SqlDialect dialect) =>
        [dialect.ByCodePoint(dialect.Fold(expression)), dialect.ByCodePoint(expression)];

    public override object? ReadKey(DbDataReader row, int column) => row.TextOrNull(column);

    public override object? ParseKey(string? text) => text;
}

/// <summary>A moment, compared at the microsecond both databases keep.</summary>
public sealed class TimeKind(Func<SqlDialect, DateTime, Sql> bind) : ValueKind
{
    public static readonly IReadOnlyList<FilterOperation> AllOperations = [.. FilterOperation.Equality, .. FilterOperation.Membership, .. FilterOperation.Ordering];

    public override IReadOnlyList<FilterOperation> Operations => AllOperations;

    public override Type OperationInputGraphType(bool nullable) =>
        nullable ? typeof(ComparableNullableOfDateTimeOperationFilterInputGraphType) : typeof(ComparableDateTimeOperationFilterInputGraphType);

    public override Sql Bind(object value, SqlDialect dialect) => bind(dialect, StorageConventions.TruncateToMicroseconds(((DateTime)value).ToUniversalTime()));

    public override object? ReadKey(DbDataReader row, int column) => row.TimeOrNull(column);

    public override string? WriteKey(object? key) => key is DateTime time ? time.Ticks.ToString(CultureInfo.InvariantCulture) : null;

    public override object? ParseKey(string? text) => text is null ? null : Cursor.ParseTime(text);
}

/// <summary>A whole number, such as a message count.</summary>
public sealed class CountKind : ValueKind
{
    public static readonly CountKind Instance = new();

    public override IReadOnlyList<FilterOperation> Operations { get; } = [.. FilterOperation.Equality, .. FilterOperation.Membership, .. FilterOperation.Ordering];

    public override Type OperationInputGraphType(bool nullable) => typeof(ComparableInt32OperationFilterInputGraphType);

    public override Sql Bind(object value, SqlDialect dialect) => Sql.Bind(Convert.ToInt64(value, CultureInfo.InvariantCulture));

    public override object? ReadKey(DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetInt64(column);

    public override string? WriteKey(object? key) => key is long count ? count.ToString(CultureInfo.InvariantCulture) : null;

    public override object? ParseKey(string? text) => text is null ? null : Cursor.ParseLong(text);
}

/// <summary>A row's id: the last key of every order, which makes it total. Not filtered on here.</summary>
public sealed class IdKind(Func<SqlDialect, Guid, Sql> bind) : ValueKind
{
    public override IReadOnlyList<FilterOperation> Operations => [];

    public override Type OperationInputGraphType(bool nullable) => throw new NotSupportedException("Ids are not filtered on.");

    public override Sql Bind(object value, SqlDialect dialect) => bind(dialect, (Guid)value);

    public override object? ReadKey(DbDataReader row, int column) => row.Id(column);

    public override string? WriteKey(object? key) => key is Guid id ? id.ToString("D") : null;

    public override object? ParseKey(string? text) => text is null ? null : Cursor.ParseId(text);
}

/// <summary>A yes or no the SQL expression computes as a test that is never unknown (<c>s."is_group" IS TRUE</c>).</summary>
public sealed class FlagKind : ValueKind
{
    public static readonly FlagKind Instance = new();

    public override IReadOnlyList<FilterOperation> Operations => FilterOperation.Equality;

    public override Type OperationInputGraphType(bool nullable) => typeof(BooleanOperationFilterInputGraphType);

    public override Sql Bind(object value, SqlDialect dialect) => throw new NotSupportedException("A flag is tested, never bound.");

    protected override Sql Compare(Sql expression, Comparison comparison, object value, SqlDialect dialect) =>
        (bool)value ? expression : Sql.Of($"NOT ({expression})");
}

/// <summary>
/// An enum's values, each matched by a test on the expression that <paramref name="matches"/> writes (our
/// own labels, never a client's text), so a value may stand for several stored labels (MessageRole.OTHER).
/// </summary>
public sealed class EnumKind(Type operationInputGraphType, Func<Sql, object, Sql> matches) : ValueKind
{
    public static readonly IReadOnlyList<FilterOperation> AllOperations = [.. FilterOperation.Equality, .. FilterOperation.Membership];

    public override IReadOnlyList<FilterOperation> Operations => AllOperations;

    public override Type OperationInputGraphType(bool nullable) => operationInputGraphType;

    public override Sql Bind(object value, SqlDialect dialect) => throw new NotSupportedException("An enum value is matched, never bound.");

    protected override Sql Compare(Sql expression, Comparison comparison, object value, SqlDialect dialect) => matches(expression, value);

    protected override Sql CompareIn(Sql expression, IReadOnlyList<object> values, SqlDialect dialect) =>
        Sql.Of($"({Sql.Join(" OR ", values.Select(value => matches(expression, value)))})");
}
