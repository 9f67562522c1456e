using GraphQL.Validation;
using GraphQLParser.AST;

namespace Clawith.Graph.Server.Limits;

/// <summary>
/// With introspection switched off (<see cref="DiscoverySwitches"/>), refuses <c>__schema</c> and
/// <c>__type</c> with INTROSPECTION_DISABLED; <c>__typename</c> stays allowed.
/// </summary>
public sealed class IntrospectionSwitchRule(DiscoverySwitches discovery) : ValidationRuleBase
{
    private static readonly MatchingNodeVisitor<GraphQLField> Refuse = new((field, context) =>
    {
        if (field.Name.Value == "__schema" || field.Name.Value == "__type")
            context.ReportError(new IntrospectionDisabledError(context, field));
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(discovery.Introspection ? null : Refuse);
}

public sealed class IntrospectionDisabledError : ValidationError
{
    public IntrospectionDisabledError(ValidationContext context, GraphQLField field)
        : base(context.Document.Source, null, LimitErrors.IntrospectionDisabled().Message, field) =>
        Code = LimitCodes.IntrospectionDisabled;
}
