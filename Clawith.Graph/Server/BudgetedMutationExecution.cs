using GraphQL.Execution;

namespace Clawith.Graph.Server;

/// <summary>GraphQL.NET's serial strategy for mutations (fields one after another, as the spec says), held to the response budget.</summary>
public sealed class BudgetedMutationExecution : SerialExecutionStrategy
{
    public override Task ExecuteNodeTreeAsync(GraphQL.Execution.ExecutionContext context, ExecutionNode rootNode) =>
        ResponseBudgetExecution.RunAsync(context, rootNode, base.ExecuteNodeTreeAsync);

    protected override Task CompleteNodeAsync(GraphQL.Execution.ExecutionContext context, ExecutionNode node) =>
        ResponseBudgetExecution.ChargeAfter(base.CompleteNodeAsync(context, node), context, node);
}
