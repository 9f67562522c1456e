using GraphQL.Validation;
using GraphQLParser.AST;

namespace Clawith.Graph.Server;

/// <summary>
/// A request answered with one JSON document (application/json or application/graphql-response+json,
/// over POST or GET) cannot carry a subscription, whose answer is a stream of events. The message names
/// that rule and the two streaming transports the server serves.
/// </summary>
public sealed class NoSubscriptionsOverHttpRule : TransportRule
{
    public const string Message =
        "A subscription is answered with a stream of events, which a single JSON response cannot carry: " +
        "subscribe over WebSocket at /graphql (subprotocol graphql-transport-ws), or over Server-Sent Events " +
        "(the same request to /graphql with Accept: text/event-stream).";

    public static readonly NoSubscriptionsOverHttpRule Instance = new();

    public override bool Refuses(OperationType operation) => operation == OperationType.Subscription;

    public static ValidationError Refusal(GraphQLOperationDefinition operation) => new(default, null, Message, operation);

    protected override ValidationError RefusalOf(GraphQLOperationDefinition operation) => Refusal(operation);
}
