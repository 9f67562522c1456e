using GraphQL.Validation;
using GraphQLParser.AST;

namespace Clawith.Graph.Server;

/// <summary>An HTTP response ends, a subscription does not: subscriptions are served over WebSocket only.</summary>
public sealed class NoSubscriptionsOverHttpRule : ValidationRuleBase
{
    public static readonly NoSubscriptionsOverHttpRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation == OperationType.Subscription)
            context.ReportError(new ValidationError(default, null,
                "Subscriptions are served over WebSocket at /graphql (subprotocol graphql-transport-ws), not over HTTP.", context.Operation));
        return default;
    }
}
