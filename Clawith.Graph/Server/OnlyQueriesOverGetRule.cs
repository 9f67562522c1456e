using GraphQL.Validation;
using GraphQLParser.AST;

namespace Clawith.Graph.Server;

/// <summary>GET must not change anything: a mutation sent over GET fails validation (answered 405).</summary>
public sealed class OnlyQueriesOverGetRule : TransportRule
{
    public static readonly OnlyQueriesOverGetRule Instance = new();

    public override bool Refuses(OperationType operation) => operation != OperationType.Query;

    protected override ValidationError RefusalOf(GraphQLOperationDefinition operation) => new MutationOverGetError(operation);
}

public sealed class MutationOverGetError(GraphQLOperationDefinition operation)
    : ValidationError(default, null, "Only queries may be sent over GET; send mutations with POST.", operation);
