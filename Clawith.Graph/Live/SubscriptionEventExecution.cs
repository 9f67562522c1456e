using Clawith.Graph.Auth;
using Clawith.Graph.Schema.Errors;
using Clawith.Graph.Server;
using GraphQL;
using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Clawith.Graph.Live;

/// <summary>
/// How each event of a subscription is executed. As GraphQL.MicrosoftDI's ScopedSubscriptionExecutionStrategy
/// does, in a service scope of its own (fresh loaders: counts and titles as they are at that event), never
/// the subscribing request's; before that, it takes a slot of the <see cref="EventExecutionPool"/>, and asks
/// the transport's <see cref="IEventSubscriber"/> who the caller is now and checks the field's policies again
/// with that caller (its scope is the one the check needs, so the scoped strategy's own is not reused).
/// The event's tree then runs as a query's does (<see cref="BudgetedQueryExecution"/>), held to the
/// response budget of the event's scope.
/// <list type="bullet">
/// <item>A caller who is gone or inactive: the transport has closed the connection; nothing is executed.</item>
/// <item>A denial (a demoted caller, a revoked agent permission, a deleted session) ends the subscription: it
/// is thrown to the stream's observer, which sends it as the one last message of the subscription.</item>
/// </list>
/// </summary>
public sealed class SubscriptionEventExecution(IServiceScopeFactory scopes, EventExecutionPool pool, BudgetedQueryExecution events)
    : SubscriptionExecutionStrategy(events)
{
    /// <summary>The pool share of events with no subscriber (a subscription run outside a transport that re-checks).</summary>
    private const string Unattributed = "";

    protected override ExecutionContext CloneExecutionContext(ExecutionContext context, CancellationToken token)
    {
        var clone = base.CloneExecutionContext(context, token);
        // The subscribing request's scope is disposed once it has subscribed: hold no reference to it.
        clone.RequestServices = null;
        return clone;
    }

    protected override async ValueTask<ExecutionResult> ProcessDataAsync(ExecutionContext context, ExecutionNode node, object? value)
    {
        var subscriber = EventSubscriberContext.Of(context);
        using var slot = await pool.EnterAsync(subscriber?.Key ?? Unattributed, context.CancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        context.RequestServices = scope.ServiceProvider;
        if (subscriber is null)
            return await base.ProcessDataAsync(context, node, value);
        AccessDenial? denial;
        try
        {
            if (await subscriber.CallerAsync(context.CancellationToken) is not { } caller)
                return new ExecutionResult();
            context.User = caller;
            var eventNode = BuildSubscriptionExecutionNode(node.Parent!, node.GraphType!, node.Field, node.FieldDefinition, node.IndexInParentNode, value!);
            denial = await AuthorizingResolver.DenialAsync(new ReadonlyResolveFieldContext(eventNode, context));
        }
        catch (Exception exception) when (!context.CancellationToken.IsCancellationRequested)
        {
            // The check could not be made (the database is busy or out of reach): this event fails, the subscription stays.
            var failure = await HandleExceptionAsync(context, node, exception, $"Could not check access to field '{node.Field.Name}'.");
            return new ExecutionResult { Errors = [Located(failure, context, node)] };
        }
        if (denial is not null)
            throw Located(new CodedExecutionError(denial.Code, denial.Message), context, node);
        return await base.ProcessDataAsync(context, node, value);
    }

    private static ExecutionError Located(ExecutionError error, ExecutionContext context, ExecutionNode node)
    {
        error.Path = node.ResponsePath;
        return error.AddLocation(node.Field, context.Document);
    }
}
