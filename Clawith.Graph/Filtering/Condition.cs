using System.Globalization;
using System.Text;
using System.Text.Json;
using Clawith.Graph.Data.Statements;

namespace Clawith.Graph.Filtering;

/// <summary>
/// A <c>where</c> argument read and checked (<see cref="FilterReading"/>): tests combined with and/or,
/// written as one SQL condition on the list's rows, and described in a canonical text that says which
/// filter a cursor was made for.
/// </summary>
public abstract record Condition
{
    public abstract Sql ToSql(SqlDialect dialect);

    /// <summary>The same text for the same filter, however its input was spelled (variables or literals).</summary>
    public abstract void Describe(StringBuilder text);

    /// <summary>Every test the condition makes, for its cost.</summary>
    public abstract IEnumerable<Test> Tests();

    public static Condition? AllOf(IReadOnlyList<Condition> parts) => Combined(parts, all: true);

    public static Condition? AnyOf(IReadOnlyList<Condition> parts) => Combined(parts, all: false);

    /// <summary>No parts is no condition, as HotChocolate.Data ignores an empty and/or; one part is itself.</summary>
    private static Condition? Combined(IReadOnlyList<Condition> parts, bool all) => parts.Count switch
    {
        0 => null,
        1 => parts[0],
        _ => new Combination(parts, all),
    };

    private sealed record Combination(IReadOnlyList<Condition> Parts, bool All) : Condition
    {
        public override Sql ToSql(SqlDialect dialect) =>
            Sql.Of($"({Sql.Join(All ? " AND " : " OR ", Parts.Select(part => part.ToSql(dialect)))})");

        public override void Describe(StringBuilder text)
        {
            text.Append(All ? "and(" : "or(");
            for (var i = 0; i < Parts.Count; i++)
            {
                if (i > 0)
                    text.Append(',');
                Parts[i].Describe(text);
            }
            text.Append(')');
        }

        public override IEnumerable<Test> Tests() => Parts.SelectMany(part => part.Tests());
    }
}

/// <summary>One operation on one value: <c>title: { contains: "lisbon" }</c>. <paramref name="Path"/> names the field (<c>user.displayName</c>).</summary>
public sealed record Test(string Path, ValueField Field, FilterOperation Operation, object? Value) : Condition
{
    public override Sql ToSql(SqlDialect dialect) =>
        Field.Kind.Test(Field.Expression(dialect), Field.Nullable, Operation, Value, dialect);

    public override IEnumerable<Test> Tests() => [this];

    public override void Describe(StringBuilder text)
    {
        text.Append(Path).Append('.').Append(Operation.Name).Append(':');
        DescribeValue(text, Value);
    }

    private static void DescribeValue(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                text.Append(JsonSerializer.Serialize(s));
                break;
            case DateTime time:
                text.Append(time.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture));
                break;
            case IReadOnlyList<object?> list:
                text.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                        text.Append(',');
                    DescribeValue(text, list[i]);
                }
                text.Append(']');
                break;
            default:
                text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
