using GraphQL.Execution;
using GraphQL.Types;

namespace Clawith.Graph.Filtering;

/// <summary>
/// What a list's <c>where</c> and <c>order</c> add to the cost of the field that takes them (the cost rule,
/// <c>Server/Limits/PageSizeCost</c>, then multiplies it by the page sizes above, like any field's): each
/// operation and each sort key costs its field's <see cref="ValueField.Cost"/>. Most fields cost
/// <see cref="Operation"/>; a session's message count, which counts every session it is tested on, costs
/// <see cref="Counting"/>; and a message's content, which no index serves (each test reads and folds the
/// text of every message of the session), costs <see cref="TextScan"/>, so that a request holds at most
/// four such tests under the default maximum cost of 500,000.
/// </summary>
public static class FilterCost
{
    public const int Operation = 10;
    public const int Counting = 1_000;
    public const int TextScan = 100_000;

    /// <summary>The cost of the where and order <paramref name="arguments"/> of <paramref name="field"/>; 0 for one that takes neither.</summary>
    public static double Of(FieldType field, IDictionary<string, ArgumentValue>? arguments)
    {
        if (arguments is null)
            return 0;
        double cost = 0;
        if (arguments.TryGetValue("where", out var where) && Unwrapped(field.Arguments?.Find("where")?.ResolvedType) is FilterInputGraphType filter)
            cost += Tests(where.Value, filter.ListFields).Sum(test => test.Field.Cost);
        if (arguments.TryGetValue("order", out var order) && Unwrapped(field.Arguments?.Find("order")?.ResolvedType) is SortInputGraphType sort)
            cost += Keys(order.Value, sort.ListFields).Sum(key => key.Field.Cost);
        return cost;
    }

    /// <summary>
    /// The tests of a filter as the resolver will read it; one the resolver will refuse costs nothing here
    /// (it never runs).
    /// </summary>
    private static IEnumerable<Test> Tests(object? where, ListFields fields)
    {
        try
        {
            return FilterReading.Read(where, fields)?.Tests() ?? [];
        }
        catch (GraphQL.ExecutionError)
        {
            return [];
        }
    }

    private static IEnumerable<SortKey> Keys(object? order, ListFields fields)
    {
        try
        {
            return SortKey.Read(order, fields);
        }
        catch (GraphQL.ExecutionError)
        {
            return [];
        }
    }

    private static IGraphType? Unwrapped(IGraphType? type)
    {
        while (type is NonNullGraphType or ListGraphType)
            type = type is NonNullGraphType nonNull ? nonNull.ResolvedType : ((ListGraphType)type).ResolvedType;
        return type;
    }
}
