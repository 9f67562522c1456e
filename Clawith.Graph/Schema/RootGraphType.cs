using Clawith.Graph.Auth;
using GraphQL;
using GraphQL.Types;

namespace Clawith.Graph.Schema;

/// <summary>A root type made of the features' fields; every one of them needs a signed-in user.</summary>
public abstract class RootGraphType : ObjectGraphType
{
    protected RootGraphType(string name, string description, IEnumerable<IRootFields> features)
    {
        Name = name;
        Description = description;
        this.AuthorizeWithPolicy(Policies.Authenticated);
        foreach (var feature in features)
            feature.AddTo(this);
    }
}

public sealed class QueryGraphType(IEnumerable<IQueryFields> features) : RootGraphType("Query",
    "Reads of Clawith's agents, chat sessions and messages. Every field needs a signed-in user.", features);

public sealed class MutationGraphType(IEnumerable<IMutationFields> features) : RootGraphType("Mutation",
    "Changes to chat sessions. Every field needs a signed-in user; other refusals come back in the payload's errors.", features);

public sealed class SubscriptionGraphType(IEnumerable<ISubscriptionFields> features) : RootGraphType("Subscription",
    "Live changes, over WebSocket at /graphql (graphql-transport-ws). Every field needs a signed-in user; access is checked when subscribing.", features);
