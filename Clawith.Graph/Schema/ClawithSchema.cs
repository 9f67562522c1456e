using Clawith.Graph.Schema.Introspection;
using Clawith.Graph.Schema.Scalars;
using GraphQL.Types;

namespace Clawith.Graph.Schema;

public sealed class ClawithSchema : GraphQL.Types.Schema
{
    public ClawithSchema(IServiceProvider services, QueryGraphType query, MutationGraphType mutation, SubscriptionGraphType subscription) : base(services)
    {
        Description = "Clawith's AI-agent chat sessions and messages, with the access rules of Clawith's REST API.";
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        RegisterTypeMapping(typeof(Guid), typeof(UuidGraphType));
        RegisterTypeMapping(typeof(DateTime), typeof(UtcDateTimeGraphType));
        // Introspection as the September 2025 spec has it: __Directive.isRepeatable, deprecated arguments and
        // input fields, every built-in directive listed, and what GraphQL.NET lacks (SpecIntrospectionFields).
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        SpecDirectives.Apply(Directives);
    }

    protected override void OnBeforeInitializeType(IGraphType graphType) => SpecIntrospectionFields.AddTo(graphType);
}
