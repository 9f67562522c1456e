using GraphQL.Validation;
using GraphQLParser.AST;

namespace Clawith.Graph.Server;

/// <summary>An HTTP response ends, a subscription does not: subscriptions are served over WebSocket only.</summary>
public sealed class NoSubscriptionsOverHttpRule : TransportRule
{
    public static readonly NoSubscriptionsOverHttpRule Instance = new();

    public override bool Refuses(OperationType operation) => operation == OperationType.Subscription;

    protected override ValidationError RefusalOf(GraphQLOperationDefinition operation) => new(default, null,
        "Subscriptions are served over WebSocket at /graphql (subprotocol graphql-transport-ws), not over HTTP.", operation);
}
