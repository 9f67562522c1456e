using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Clawith.Graph.Auth;

/// <summary>
/// When the schema is built, puts an <see cref="AuthorizingResolver"/> around the resolver of each field
/// with policies (its own or its type's), and nothing around the others: a list of fifty sessions
/// resolves hundreds of fields, and those without a policy should not pay for the check.
/// Introspection's meta-fields are not among a type's fields, so they are left alone.
/// </summary>
public sealed class AuthorizedFieldsVisitor : BaseSchemaNodeVisitor
{
    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (AuthorizingResolver.PoliciesOf(type, field) is { } policies)
            field.Resolver = new AuthorizingResolver(field.Resolver ?? NameFieldResolver.Instance, policies);
    }
}
