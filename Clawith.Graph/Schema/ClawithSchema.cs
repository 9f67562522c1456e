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
    }
}
