using Clawith.Graph.Schema.Scalars;
using GraphQL.Types;

namespace Clawith.Graph.Filtering;

/// <summary>
/// The operations on one value, named and typed as HotChocolate.Data's operation filter inputs are, so a
/// client written against a HotChocolate server sends the same <c>where</c> here. Operations given
/// together must all hold.
/// </summary>
public abstract class OperationFilterInputGraphType : InputObjectGraphType
{
    protected OperationFilterInputGraphType(
        string name, string valueNoun, IReadOnlyList<FilterOperation> operations, Type valueType, Type? listType, bool combinators = false)
    {
        Name = name;
        Description = $"Tests on {valueNoun}; every operation given must hold.";
        if (combinators)
        {
            var self = typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(GetType()));
            AddField(new FieldType { Name = "and", Type = self, Description = "Every one of these must hold." });
            AddField(new FieldType { Name = "or", Type = self, Description = "At least one of these must hold." });
        }
        foreach (var operation in operations)
            AddField(new FieldType { Name = operation.Name, Type = operation.TakesList ? listType : valueType, Description = operation.Description });
    }
}

public sealed class StringOperationFilterInputGraphType() : OperationFilterInputGraphType(
    "StringOperationFilterInput", "a text", TextKind.Instance.Operations, typeof(StringGraphType), typeof(ListGraphType<StringGraphType>), combinators: true);

public sealed class ComparableDateTimeOperationFilterInputGraphType() : OperationFilterInputGraphType(
    "ComparableDateTimeOperationFilterInput", "a moment", TimeKind.AllOperations,
    typeof(UtcDateTimeGraphType), typeof(ListGraphType<NonNullGraphType<UtcDateTimeGraphType>>));

public sealed class ComparableNullableOfDateTimeOperationFilterInputGraphType() : OperationFilterInputGraphType(
    "ComparableNullableOfDateTimeOperationFilterInput", "a moment that may be missing", TimeKind.AllOperations,
    typeof(UtcDateTimeGraphType), typeof(ListGraphType<UtcDateTimeGraphType>));

public sealed class ComparableInt32OperationFilterInputGraphType() : OperationFilterInputGraphType(
    "ComparableInt32OperationFilterInput", "a whole number", CountKind.Instance.Operations, typeof(IntGraphType), typeof(ListGraphType<NonNullGraphType<IntGraphType>>));

public sealed class BooleanOperationFilterInputGraphType() : OperationFilterInputGraphType(
    "BooleanOperationFilterInput", "a yes or no", FlagKind.Instance.Operations, typeof(BooleanGraphType), null);

/// <summary>The operations on an enum's value: <c>ParticipantTypeOperationFilterInput</c> for <c>ParticipantType</c>.</summary>
public abstract class EnumOperationFilterInputGraphType<TEnumGraphType>(string enumName) : OperationFilterInputGraphType(
    $"{enumName}OperationFilterInput", $"a {enumName}", EnumKind.AllOperations,
    typeof(TEnumGraphType), typeof(ListGraphType<NonNullGraphType<TEnumGraphType>>))
    where TEnumGraphType : EnumerationGraphType;

/// <summary>HotChocolate.Data's sort direction.</summary>
public sealed class SortEnumTypeGraphType : EnumerationGraphType<SortDirection>
{
    public SortEnumTypeGraphType()
    {
        Name = "SortEnumType";
        Description = "Which way a key sorts; missing values come last either way.";
        Values["ASC"]!.Description = "Smallest, earliest or A first (text ignores case, then goes by code point).";
        Values["DESC"]!.Description = "Largest, latest or Z first.";
    }
}
