using GraphQL.Validation;
using GraphQLParser.AST;

namespace Clawith.Graph.Server;

/// <summary>
/// A request answered with one JSON document (application/json or application/graphql-response+json,
/// over POST or GET) cannot carry a subscription, whose answer is a stream of events. The message names
/// that rule, which stays true whatever streaming transports the server serves, and the one it serves now.
/// </summary>
public sealed class NoSubscriptionsOverHttpRule : TransportRule
{
    public const string Message =
        "A subscription is answered with a stream of events, which a single JSON response cannot carry: " +
        "subscribe over WebSocket at /graphql (subprotocol graphql-transport-ws).";

    public static readonly NoSubscriptionsOverHttpRule Instance = new();

    public override bool Refuses(OperationType operation) => operation == OperationType.Subscription;

    public static ValidationError Refusal(GraphQLOperationDefinition operation) => new(default, null, Message, operation);

    protected override ValidationError RefusalOf(GraphQLOperationDefinition operation) => Refusal(operation);
}
