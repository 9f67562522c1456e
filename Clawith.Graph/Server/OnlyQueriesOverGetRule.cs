using GraphQL.Validation;
using GraphQLParser.AST;

namespace Clawith.Graph.Server;

/// <summary>GET must not change anything: a mutation sent over GET fails validation (answered 405).</summary>
public sealed class OnlyQueriesOverGetRule : ValidationRuleBase
{
    public static readonly OnlyQueriesOverGetRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
            context.ReportError(new MutationOverGetError(context.Operation));
        return default;
    }
}

public sealed class MutationOverGetError(GraphQLOperationDefinition operation)
    : ValidationError(default, null, "Only queries may be sent over GET; send mutations with POST.", operation);
