using System.Data.Common;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.Schema.Errors;

namespace Clawith.Graph.Filtering;

/// <summary>
/// A kind of value a list is filtered or sorted on (text, a time, a count, a flag, an enum): which
/// operations it has, how each becomes SQL, and, for kinds a list sorts on, how a cursor carries it.
/// Every test is written so that its negation is its exact complement, missing values included.
/// </summary>
public abstract class ValueKind
{
    public static readonly Sql False = Sql.Raw("(1 = 0)");

    /// <summary>The operations, in the order HotChocolate.Data lists them.</summary>
    public abstract IReadOnlyList<FilterOperation> Operations { get; }

    /// <summary>The graph type of the operation input (<c>StringOperationFilterInput</c>, …) for a value that may or may not be missing.</summary>
    public abstract Type OperationInputGraphType(bool nullable);

    /// <summary>A value of this kind as a parameter.</summary>
    public abstract Sql Bind(object value, SqlDialect dialect);

    /// <summary>The test <paramref name="operation"/> with <paramref name="value"/> (a list for in and nin) on <paramref name="expression"/>.</summary>
    public Sql Test(Sql expression, bool nullable, FilterOperation operation, object? value, SqlDialect dialect)
    {
        Sql matches;
        if (operation.TakesList)
        {
            var values = (IReadOnlyList<object?>)value!;
            var present = values.Where(v => v is not null).Select(v => v!).ToList();
            matches = present.Count == 0 ? False : CompareIn(expression, present, dialect);
            if (values.Any(v => v is null))
                matches = Sql.Of($"({Present(expression, nullable, matches)} OR {expression} IS NULL)");
            else if (operation.Negated)
                matches = Present(expression, nullable, matches);
        }
        else if (value is null)
        {
            matches = operation.Comparison == Comparison.Equals
                ? Sql.Of($"{expression} IS NULL")
                : throw CodedExecutionError.InvalidInput($"The filter operation '{operation.Name}' needs a value.");
        }
        else
        {
            matches = Compare(expression, operation.Comparison, value, dialect);
            if (operation.Negated)
                matches = Present(expression, nullable, matches);
        }
        return operation.Negated ? Sql.Of($"NOT ({matches})") : matches;
    }

    /// <summary>A positive comparison with a present value.</summary>
    protected virtual Sql Compare(Sql expression, Comparison comparison, object value, SqlDialect dialect)
    {
        var bound = Bind(value, dialect);
        return comparison switch
        {
            Comparison.Equals => Sql.Of($"{expression} = {bound}"),
            Comparison.GreaterThan => Sql.Of($"{expression} > {bound}"),
            Comparison.GreaterThanOrEqual => Sql.Of($"{expression} >= {bound}"),
            Comparison.LessThan => Sql.Of($"{expression} < {bound}"),
            Comparison.LessThanOrEqual => Sql.Of($"{expression} <= {bound}"),
            _ => throw new NotSupportedException($"{GetType().Name} has no {comparison}."),
        };
    }

    /// <summary>Equal to one of <paramref name="values"/> (none of them null).</summary>
    protected virtual Sql CompareIn(Sql expression, IReadOnlyList<object> values, SqlDialect dialect) =>
        Sql.Of($"{expression} IN ({Sql.Join(", ", values.Select(v => Bind(v, dialect)))})");

    /// <summary>
    /// SQL's comparisons with NULL are unknown, and NOT keeps them unknown: under a negation a test on a
    /// value that may be missing says false for a missing one, so that its negation says true.
    /// </summary>
    private static Sql Present(Sql expression, bool nullable, Sql matches) =>
        nullable ? Sql.Of($"({expression} IS NOT NULL AND {matches})") : matches;

    // Sorting and cursors: only the kinds a list sorts on override these.

    /// <summary>What an order compares for <paramref name="expression"/>, most significant first.</summary>
    public virtual IReadOnlyList<Sql> SortTerms(Sql expression, SqlDialect dialect) => [expression];

    /// <summary>A sort key's value read from a row, as a cursor carries it (null when missing).</summary>
    public virtual object? ReadKey(DbDataReader row, int column) => throw new NotSupportedException($"{GetType().Name} is not sorted on.");

    /// <summary>A key as a cursor writes it.</summary>
    public virtual string? WriteKey(object? key) => key?.ToString();

    /// <summary>A key from a cursor; a malformed one is INVALID_INPUT.</summary>
    public virtual object? ParseKey(string? text) => throw new NotSupportedException($"{GetType().Name} is not sorted on.");
}
