using GraphQL.Validation;
using GraphQLParser.AST;

namespace Clawith.Graph.Server;

/// <summary>
/// What a transport refuses to run (a mutation over GET, a subscription over HTTP), judged by the
/// operation's type alone. As a validation rule it reports the refusal in the usual way; a document
/// validated before needs no walk to be judged again (<see cref="OperationRunner"/>).
/// </summary>
public abstract class TransportRule : ValidationRuleBase
{
    public abstract bool Refuses(OperationType operation);

    protected abstract ValidationError RefusalOf(GraphQLOperationDefinition operation);

    public sealed override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (Refuses(context.Operation.Operation))
            context.ReportError(RefusalOf(context.Operation));
        return default;
    }
}
