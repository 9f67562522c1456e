using GraphQL.Types;

namespace Clawith.Graph.Schema.Introspection;

/// <summary>The spec's built-in directives as its September 2025 edition defines them, on GraphQL.NET 8's set.</summary>
public static class SpecDirectives
{
    public static void Apply(SchemaDirectives directives)
    {
        directives.Register(new SpecifiedByDirective(), new OneOfDirective());
        // The spec types @deprecated's reason String! (it has a default); GraphQL.NET 8 types it String.
        var reason = directives.Deprecated.Arguments!.Find("reason")!;
        directives.Deprecated.Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
        {
            Name = reason.Name,
            Description = reason.Description,
            DefaultValue = reason.DefaultValue,
        });
    }
}
