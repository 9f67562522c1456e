using GraphQL.Validation;
using GraphQLParser.AST;

namespace Clawith.Graph.Server;

/// <summary>
/// GET over Server-Sent Events (what a browser's EventSource sends) runs queries and subscriptions, whose
/// answers an event stream carries; a mutation is refused as over any GET (<see cref="MutationOverGetError"/>).
/// </summary>
public sealed class NoMutationsOverGetRule : TransportRule
{
    public static readonly NoMutationsOverGetRule Instance = new();

    public override bool Refuses(OperationType operation) => operation == OperationType.Mutation;

    protected override ValidationError RefusalOf(GraphQLOperationDefinition operation) => new MutationOverGetError(operation);
}
