using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace Clawith.Graph.Server;

/// <summary>
/// GraphQL.NET's parallel strategy for queries, with each selection set's fields collected once per
/// object type and kept with the parsed document, as HotChocolate plans an operation once: a page of 50
/// sessions would otherwise collect the ChatSession selection 50 times, and its agent's, peer's and
/// owner's selections 50 times each. Only a plan that no request can change is kept: none of its
/// selections carries a directive (@skip and @include read variables), and no response name is selected
/// twice (GraphQL.NET merges those into a new field whose arguments it registers per request).
/// Every tree it runs is held to the response budget of its scope (<see cref="ResponseBudgetExecution"/>):
/// a query's, or a subscription event's when it runs as the subscription strategy's child.
/// </summary>
public sealed class PlannedQueryExecution : ParallelExecutionStrategy
{
    private readonly ConditionalWeakTable<GraphQLSelectionSet, ConcurrentDictionary<IGraphType, FieldPlan?>> _plans = [];

    public override Task ExecuteNodeTreeAsync(GraphQL.Execution.ExecutionContext context, ExecutionNode rootNode) =>
        ResponseBudgetExecution.RunAsync(context, rootNode, base.ExecuteNodeTreeAsync);

    protected override Task CompleteNodeAsync(GraphQL.Execution.ExecutionContext context, ExecutionNode node) =>
        ResponseBudgetExecution.ChargeAfter(base.CompleteNodeAsync(context, node), context, node);

    protected override void SetSubFieldNodes(GraphQL.Execution.ExecutionContext context, ObjectExecutionNode parent)
    {
        var type = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        if (parent.SelectionSet is not { } selection
            || _plans.GetOrCreateValue(selection).GetOrAdd(type, PlanOf, (context, selection)) is not { } plan)
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }
        var nodes = new ExecutionNode[plan.Fields.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            var (field, definition) = plan.Fields[i];
            nodes[i] = BuildExecutionNode(parent, definition.ResolvedType!, field, definition);
        }
        parent.SubFields = nodes;
    }

    private FieldPlan? PlanOf(IGraphType type, (GraphQL.Execution.ExecutionContext Context, GraphQLSelectionSet Selection) request)
    {
        var written = new HashSet<GraphQLField>(ReferenceEqualityComparer.Instance);
        if (!CollectWritten(request.Selection, request.Context.Document, written))
            return null;
        var collected = CollectFieldsFrom(request.Context, type, request.Selection, null);
        // A field GraphQL.NET made by merging two selections is not one the document holds.
        return collected.Values.All(pair => written.Contains(pair.field))
            ? new FieldPlan([.. collected.Values.Select(pair => (pair.field, pair.fieldType))])
            : null;
    }

    /// <summary>The fields a selection set holds, through its fragments; false when any selection carries a directive.</summary>
    private static bool CollectWritten(GraphQLSelectionSet selection, GraphQLDocument document, HashSet<GraphQLField> fields)
    {
        foreach (var node in selection.Selections)
        {
            if (node is not IHasDirectivesNode { Directives: null or { Count: 0 } })
                return false;
            if (node is GraphQLField field)
            {
                fields.Add(field);
                continue;
            }
            var inner = node switch
            {
                GraphQLInlineFragment inline => inline.SelectionSet,
                GraphQLFragmentSpread spread => document.FindFragmentDefinition(spread.FragmentName.Name) is { Directives: null or { Count: 0 } } fragment
                    ? fragment.SelectionSet
                    : null,
                _ => null,
            };
            if (inner is null || !CollectWritten(inner, document, fields))
                return false;
        }
        return true;
    }

    private sealed record FieldPlan((GraphQLField Field, FieldType Definition)[] Fields);
}
