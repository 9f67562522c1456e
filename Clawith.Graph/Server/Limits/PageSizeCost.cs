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
/// parts, introspection's types and fields) count as <see cref="UnpagedListSize"/> items.
/// </summary>
public static class PageSizeCost
{
    public const int UnpagedListSize = 5;

    /// <summary>The arguments that set a page's size.</summary>
    private static readonly string[] PageSizeArguments = ["first", "last"];

    /// <summary>
    /// Whether <paramref name="document"/> costs the same whatever the request: one operation (so the
    /// operation name picks nothing else) and no page size given by a variable.
    /// </summary>
    public static bool IsFixedBy(GraphQLDocument document) =>
        document.Definitions.OfType<GraphQLOperationDefinition>().Count() == 1 && !PageSizeFromVariable(document.Definitions);

    private static bool PageSizeFromVariable(IEnumerable<ASTNode> nodes) => nodes.Any(node => node switch
    {
        GraphQLArgument { Value: GraphQLVariable } argument => PageSizeArguments.Any(name => argument.Name == name),
        GraphQLOperationDefinition operation => PageSizeFromVariable(operation.SelectionSet.Selections),
        GraphQLFragmentDefinition fragment => PageSizeFromVariable(fragment.SelectionSet.Selections),
        GraphQLField field => PageSizeFromVariable(field.Arguments?.Items ?? []) || PageSizeFromVariable(field.SelectionSet?.Selections ?? []),
        GraphQLInlineFragment inline => PageSizeFromVariable(inline.SelectionSet.Selections),
        _ => false,
    });

    public static FieldComplexityResult Of(FieldImpactContext context)
    {
        var type = Unwrapped(context.FieldDefinition.ResolvedType);
        var impact = type is ScalarGraphType ? context.Configuration.DefaultScalarImpact : context.Configuration.DefaultObjectImpact;
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
