using Clawith.Graph.Data.Statements;

namespace Clawith.Graph.Filtering;

/// <summary>A field of a filter or sort input: one value of a row, or an object of its own fields (the owner's <c>user</c>).</summary>
public abstract record ListField(string Name, string Description);

/// <summary>
/// A value a list is filtered (and, when <see cref="Sortable"/>, sorted) on: the SQL that computes it for a
/// row of the list's statement, and what each operation on it adds to a request's cost (<see cref="FilterCost"/>).
/// </summary>
/// <param name="Nullable">Whether the value may be missing (a session never stamped, an owner's row gone).</param>
public sealed record ValueField(
    string Name, string Description, ValueKind Kind, Func<SqlDialect, Sql> Expression, bool Nullable = false, bool Sortable = false,
    int Cost = FilterCost.Operation) : ListField(Name, Description);

/// <summary>An object whose fields filter and sort as its own input types do (<c>UserFilterInput</c>, <c>UserSortInput</c>).</summary>
public sealed record ObjectField(string Name, string Description, ListFields Fields, Type FilterInputGraphType, Type? SortInputGraphType = null)
    : ListField(Name, Description);

/// <summary>
/// The fields of one filter input and its sort input (<c>ChatSessionFilterInput</c>, <c>ChatSessionSortInput</c>),
/// named after <paramref name="TypeName"/> as HotChocolate.Data names them.
/// </summary>
public sealed record ListFields(string TypeName, string Noun, IReadOnlyList<ListField> All)
{
    public string FilterInputName => $"{TypeName}FilterInput";

    public string SortInputName => $"{TypeName}SortInput";

    public ListField? Find(string name) => All.FirstOrDefault(item => item.Name == name);

    /// <summary>Whether any field, nested ones included, sorts.</summary>
    public bool Sorts => All.Any(item => item is ValueField { Sortable: true } or ObjectField { Fields.Sorts: true });
}
