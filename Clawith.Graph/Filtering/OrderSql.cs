using Clawith.Graph.Data.Statements;

namespace Clawith.Graph.Filtering;

/// <summary>
/// An order as SQL, for a list sorted on any keys: the ORDER BY, and the keyset condition "after this
/// cursor" that pages through it. Each key compares as its kind's terms (<see cref="ValueKind.SortTerms"/>),
/// led, when it may be missing, by a flag that puts missing values last in either direction. Paging
/// backwards reverses every term. The same terms order the rows and cut them at the cursor, so a page
/// starts exactly where the last one ended.
/// </summary>
public sealed class OrderSql(IReadOnlyList<SortKey> order, SqlDialect dialect, bool backwards)
{
    private static readonly Sql One = Sql.Raw("1"), Zero = Sql.Raw("0");

    /// <summary>ORDER BY's list, the keys' values given by <paramref name="keyOf"/> (an expression on the row, or a column a walk selected).</summary>
    public Sql OrderBy(Func<int, Sql> keyOf) =>
        Sql.Join(", ", Terms(keyOf, cursor: null).Select(term => Sql.Of($"{term.Row} {Sql.Raw(term.Ascending ? "ASC" : "DESC")}")));

    /// <summary>The rows after <paramref name="cursor"/> (the keys' values, one per key) in this order.</summary>
    public Sql After(Func<int, Sql> keyOf, IReadOnlyList<object?> cursor)
    {
        Sql? after = null;
        foreach (var term in Terms(keyOf, cursor).Reverse())
        {
            // A key whose cursor value is missing ties with every row whose value is missing, which its flag already placed.
            if (term.Cursor is not { } at)
                continue;
            var beyond = Sql.Of($"{term.Row} {Sql.Raw(term.Ascending ? ">" : "<")} {at}");
            after = after is null ? beyond : Sql.Of($"({beyond} OR ({term.Row} = {at} AND {after}))");
        }
        return after ?? ValueKind.False;
    }

    private IEnumerable<Term> Terms(Func<int, Sql> keyOf, IReadOnlyList<object?>? cursor)
    {
        for (var i = 0; i < order.Count; i++)
        {
            var key = order[i];
            var kind = key.Field.Kind;
            var value = keyOf(i);
            var at = cursor?[i];
            if (key.Field.Nullable)
                yield return new Term(Sql.Of($"(CASE WHEN {value} IS NULL THEN 1 ELSE 0 END)"), !backwards, at is null ? One : Zero);
            var cursorTerms = at is null ? null : kind.SortTerms(kind.Bind(at, dialect), dialect);
            var rowTerms = kind.SortTerms(value, dialect);
            for (var t = 0; t < rowTerms.Count; t++)
                yield return new Term(rowTerms[t], key.Descending == backwards, cursorTerms?[t]);
        }
    }

    private sealed record Term(Sql Row, bool Ascending, Sql? Cursor);
}
