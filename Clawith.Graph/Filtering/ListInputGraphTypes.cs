using GraphQL.Types;

namespace Clawith.Graph.Filtering;

/// <summary>
/// A list's <c>where</c> input in HotChocolate.Data's shape (<c>ChatSessionFilterInput</c>): <c>and</c>,
/// <c>or</c>, and an operation input per field. <see cref="Fields"/> is what the server reads it with, and
/// what the cost rule prices it by.
/// </summary>
public abstract class FilterInputGraphType : InputObjectGraphType
{
    public ListFields ListFields { get; }

    protected FilterInputGraphType(ListFields fields)
    {
        ListFields = fields;
        Name = fields.FilterInputName;
        Description = $"Which {fields.Noun}s to keep: every field given must hold. A filter only narrows what the caller may see.";
        var self = typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(GetType()));
        AddField(new FieldType { Name = "and", Type = self, Description = "Every one of these must hold." });
        AddField(new FieldType { Name = "or", Type = self, Description = "At least one of these must hold." });
        foreach (var field in fields.All)
        {
            AddField(new FieldType
            {
                Name = field.Name,
                Description = field.Description,
                Type = field switch
                {
                    ValueField value => value.Kind.OperationInputGraphType(value.Nullable),
                    ObjectField nested => nested.FilterInputGraphType,
                    _ => throw new NotSupportedException(field.GetType().Name),
                },
            });
        }
    }
}

/// <summary>
/// One key of a list's <c>order</c> in HotChocolate.Data's shape (<c>ChatSessionSortInput</c>): name one
/// field per item, <c>order: [{ title: ASC }, { createdAt: DESC }]</c>.
/// </summary>
public abstract class SortInputGraphType : InputObjectGraphType
{
    public ListFields ListFields { get; }

    protected SortInputGraphType(ListFields fields)
    {
        ListFields = fields;
        Name = fields.SortInputName;
        Description = $"A key to sort {fields.Noun}s on: name one field. Ties are broken by the list's default order.";
        foreach (var field in fields.All)
        {
            var type = field switch
            {
                ValueField { Sortable: true } => typeof(SortEnumTypeGraphType),
                ObjectField { Fields.Sorts: true, SortInputGraphType: { } sort } => sort,
                _ => null,
            };
            if (type is not null)
                AddField(new FieldType { Name = field.Name, Description = field.Description, Type = type });
        }
    }
}
