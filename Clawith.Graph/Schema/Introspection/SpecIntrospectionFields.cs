using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Clawith.Graph.Schema.Introspection;

/// <summary>
/// What GraphQL.NET 8's introspection types lack of the September 2025 spec, added to its own instances
/// while the schema builds them (<see cref="ClawithSchema"/>'s OnBeforeInitializeType), so no type of the
/// library is copied: <c>__Type.specifiedByURL</c>, <c>__Directive.args(includeDeprecated:)</c>, and every
/// <c>includeDeprecated</c> as the spec types it, <c>Boolean! = false</c>. Its switches bring the rest
/// (<c>isRepeatable</c>, deprecated arguments and input fields; see the schema's Features).
/// </summary>
public static class SpecIntrospectionFields
{
    private const string IncludeDeprecated = "includeDeprecated";

    public static void AddTo(IGraphType type)
    {
        switch (type)
        {
            case __Type typeType:
                typeType.Field<StringGraphType>("specifiedByURL").Resolve(context => SpecifiedByDirective.UrlOf(context.Source));
                break;
            case __Directive directiveType:
                var args = directiveType.GetField("args")!;
                args.Arguments = new QueryArguments(IncludeDeprecatedArgument());
                args.Resolver = new FuncFieldResolver<Directive, IEnumerable<QueryArgument>>(context =>
                    context.Source.Arguments?.Where(argument => context.GetArgument<bool>(IncludeDeprecated) || string.IsNullOrWhiteSpace(argument.DeprecationReason))
                        ?? []);
                break;
        }
        if (type is __Type or __Field or __Directive)
            foreach (var field in ((IComplexGraphType)type).Fields)
                if (field.Arguments?.Find(IncludeDeprecated) is not null)
                    field.Arguments = new QueryArguments(field.Arguments.Select(argument => argument.Name == IncludeDeprecated ? IncludeDeprecatedArgument() : argument));
    }

    private static QueryArgument IncludeDeprecatedArgument() =>
        new QueryArgument<NonNullGraphType<BooleanGraphType>> { Name = IncludeDeprecated, DefaultValue = false };
}
