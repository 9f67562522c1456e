using System.Runtime.CompilerServices;
using Clawith.Graph.Server.Limits;
using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Clawith.Graph.Server;

/// <summary>
/// What both of this server's node strategies (<see cref="BudgetedQueryExecution"/>,
/// <see cref="BudgetedMutationExecution"/>) do with the <see cref="ResponseBudget"/> of the execution's
/// scope: run a node tree under it, and charge each node as GraphQL.NET completes it, data-loader results
/// included. A subscription event runs its tree through the same method, in a scope of its own.
/// </summary>
public static class ResponseBudgetExecution
{
    /// <summary>The budget of each running tree, found without a service lookup per node.</summary>
    private static readonly ConditionalWeakTable<ExecutionContext, ResponseBudget> Running = [];

    /// <summary>
    /// Runs <paramref name="execute"/> with the context's token swapped for the budget's, so running out
    /// cancels every resolver and loader of the tree. Running out ends it in RESPONSE_TOO_LARGE, thrown as
    /// an execution error (GraphQL.NET answers it with no data), the tree dropped so its memory is freed.
    /// </summary>
    public static async Task RunAsync(ExecutionContext context, ExecutionNode root, Func<ExecutionContext, ExecutionNode, Task> execute)
    {
        if (context.RequestServices?.GetService<ResponseBudget>() is not { } budget)
        {
            await execute(context, root);
            return;
        }
        var caller = context.CancellationToken;
        using var execution = budget.Start(caller);
        context.CancellationToken = execution.Token;
        Running.AddOrUpdate(context, budget);
        try
        {
            await execute(context, root);
        }
        catch (OperationCanceledException) when (budget.Exceeded && !caller.IsCancellationRequested)
        {
            Drop(root);
            throw budget.Error();
        }
        finally
        {
            Running.Remove(context);
            budget.End();
            context.CancellationToken = caller;
        }
    }

    /// <summary>Charges a node GraphQL.NET has just completed (its value serialized, its children built).</summary>
    public static void Charge(ExecutionContext context, ExecutionNode node)
    {
        if (Running.TryGetValue(context, out var budget))
            budget.ChargeAnswer(ResponseSize.Of(node));
    }

    /// <summary>Charges after <paramref name="completion"/>, without an async step when it finished synchronously.</summary>
    public static Task ChargeAfter(Task completion, ExecutionContext context, ExecutionNode node)
    {
        if (!completion.IsCompletedSuccessfully)
            return ChargeLaterAsync(completion, context, node);
        Charge(context, node);
        return Task.CompletedTask;
    }

    private static async Task ChargeLaterAsync(Task completion, ExecutionContext context, ExecutionNode node)
    {
        await completion;
        Charge(context, node);
    }

    /// <summary>Lets go of the tree built so far; for a subscription event, also what tells GraphQL.NET there is no data.</summary>
    private static void Drop(ExecutionNode root)
    {
        switch (root)
        {
            case ObjectExecutionNode tree:
                tree.SubFields = null;
                break;
            case ArrayExecutionNode list:
                list.Items = null;
                list.SerializedResult = null;
                break;
        }
    }
}
