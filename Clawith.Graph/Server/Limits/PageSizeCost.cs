using Clawith.Graph.Filtering;
using Clawith.Graph.Schema.Paging;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using GraphQLParser.AST;

namespace Clawith.Graph.Server.Limits;

/// <summary>
/// What a field costs: 1, and a list multiplies what is under it by its page size: its own or, for
/// a connection's <c>nodes</c> and <c>edges</c>, the connection's <c>first</c>/<c>last</c>. A connection
/// asked for without either counts as its largest page; sizes count as the server caps them (0 to
/// 500), so a huge or negative size neither inflates nor shrinks the cost. Other lists (a message's
/// parts, introspection's types and fields) count as <see cref="UnpagedListSize"/> items. A list's
/// <c>where</c> and <c>order</c> add to its field's own cost (<see cref="FilterCost"/>), multiplied like it.
/// </summary>
public static class PageSizeCost
{
    public const int UnpagedListSize = 5;

    /// <summary>The arguments that set a page's size.</summary>
    private static readonly string[] PageSizeArguments = ["first", "last"];

    /// <summary>The arguments whose value sets the cost: the page sizes, and what a filter and an order test.</summary>
    private static readonly string[] CostArguments = [.. PageSizeArguments, "where", "order"];

    /// <summary>
    /// Whether <paramref name="document"/> costs the same whatever the request: one operation (so the
    /// operation name picks nothing else) and no page size, filter or order given (even in part) by a variable.
    /// </summary>
    public static bool IsFixedBy(GraphQLDocument document) =>
        document.Definitions.OfType<GraphQLOperationDefinition>().Count() == 1 && !CostFromVariable(document.Definitions);

    private static bool CostFromVariable(IEnumerable<ASTNode> nodes) => nodes.Any(node => node switch
    {
        GraphQLArgument argument => CostArguments.Any(name => argument.Name == name) && HoldsVariable(argument.Value),
        GraphQLOperationDefinition operation => CostFromVariable(operation.SelectionSet.Selections),
        GraphQLFragmentDefinition fragment => CostFromVariable(fragment.SelectionSet.Selections),
        GraphQLField field => CostFromVariable(field.Arguments?.Items ?? []) || CostFromVariable(field.SelectionSet?.Selections ?? []),
        GraphQLInlineFragment inline => CostFromVariable(inline.SelectionSet.Selections),
        _ => false,
    });

    private static bool HoldsVariable(GraphQLValue value) => value switch
    {
        GraphQLVariable => true,
        GraphQLListValue list => list.Values?.Any(HoldsVariable) == true,
        GraphQLObjectValue objectValue => objectValue.Fields?.Any(field => HoldsVariable(field.Value)) == true,
        _ => false,
    };

    public static FieldComplexityResult Of(FieldImpactContext context)
    {
        var type = Unwrapped(context.FieldDefinition.ResolvedType);
        var impact = (type is ScalarGraphType ? context.Configuration.DefaultScalarImpact : context.Configuration.DefaultObjectImpact)
            + FilterCost.Of(context.FieldDefinition, context.Arguments);
        if (!IsList(context.FieldDefinition.ResolvedType))
            return new FieldComplexityResult(impact, 1);
        return new FieldComplexityResult(impact, PageSize(context.Arguments)
            ?? ConnectionPageSize(context.Parent)
            ?? context.Configuration.DefaultListImpactMultiplier);
    }

    private static double? ConnectionPageSize(FieldImpactContext? parent) =>
        parent is { } connection && !IsList(connection.FieldDefinition.ResolvedType) && IsPaged(connection.FieldDefinition)
            ? PageSize(connection.Arguments) ?? PageRequest.MaxPageSize
            : null;

    private static bool IsPaged(FieldType field) =>
        PageSizeArguments.Any(name => field.Arguments?.Find(name) is not null);

    private static double? PageSize(IDictionary<string, GraphQL.Execution.ArgumentValue>? arguments)
    {
        if (arguments is null)
            return null;
        foreach (var name in PageSizeArguments)
        {
            if (arguments.TryGetValue(name, out var argument) && argument.Value is int size)
                return Math.Clamp(size, 0, PageRequest.MaxPageSize);
        }
        return null;
    }

    private static bool IsList(IGraphType? type) => (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;

    private static IGraphType? Unwrapped(IGraphType? type)
    {
        while (type is NonNullGraphType or ListGraphType)
            type = type is NonNullGraphType nonNull ? nonNull.ResolvedType : ((ListGraphType)type).ResolvedType;
        return type;
    }
}
