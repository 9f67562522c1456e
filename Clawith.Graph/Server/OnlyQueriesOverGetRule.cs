using GraphQL.Validation;
using GraphQLParser.AST;

namespace Clawith.Graph.Server;

/// <summary>
/// GET runs queries only. A mutation over GET fails validation with <see cref="MutationOverGetError"/>
/// (answered 405: GET must not change anything); a subscription over GET is refused for the reason it is
/// refused over POST (<see cref="NoSubscriptionsOverHttpRule"/>), not told to use POST.
/// </summary>
public sealed class OnlyQueriesOverGetRule : TransportRule
{
    public static readonly OnlyQueriesOverGetRule Instance = new();

    public override bool Refuses(OperationType operation) => operation != OperationType.Query;

    protected override ValidationError RefusalOf(GraphQLOperationDefinition operation) =>
        operation.Operation == OperationType.Subscription ? NoSubscriptionsOverHttpRule.Refusal(operation) : new MutationOverGetError(operation);
}

public sealed class MutationOverGetError(GraphQLOperationDefinition operation)
    : ValidationError(default, null, "Only queries may be sent over GET; send mutations with POST.", operation);
