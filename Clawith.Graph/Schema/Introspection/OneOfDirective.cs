using GraphQL.Types;
using GraphQLParser.AST;

namespace Clawith.Graph.Schema.Introspection;

/// <summary>
/// The spec's <c>@oneOf</c>, which GraphQL.NET 8 honours on input types (<c>IsOneOf</c>, <c>__Type.isOneOf</c>)
/// and prints, but does not list among the schema's directives. No input type of this schema is one yet.
/// </summary>
public sealed class OneOfDirective : Directive
{
    public OneOfDirective() : base("oneOf", DirectiveLocation.InputObject) =>
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.";

    public override bool? Introspectable => true;
}
