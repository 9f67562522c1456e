using GraphQL.Execution;

namespace Clawith.Graph.Server;

/// <summary>
/// GraphQL.NET's parallel strategy for queries, held to the response budget of its scope
/// (<see cref="ResponseBudgetExecution"/>): a query's, or a subscription event's when it runs as the
/// subscription strategy's child. Fields are collected by GraphQL.NET itself: a plan of each selection
/// kept per document bought no measurable gain (docs/BENCHMARKS.md, issue 17's A/B).
/// </summary>
public sealed class BudgetedQueryExecution : ParallelExecutionStrategy
{
    public override Task ExecuteNodeTreeAsync(GraphQL.Execution.ExecutionContext context, ExecutionNode rootNode) =>
        ResponseBudgetExecution.RunAsync(context, rootNode, base.ExecuteNodeTreeAsync);

    protected override Task CompleteNodeAsync(GraphQL.Execution.ExecutionContext context, ExecutionNode node) =>
        ResponseBudgetExecution.ChargeAfter(base.CompleteNodeAsync(context, node), context, node);
}
