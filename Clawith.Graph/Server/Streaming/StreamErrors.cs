using Clawith.Graph.Schema.Errors;
using GraphQL;

namespace Clawith.Graph.Server.Streaming;

/// <summary>The transport's own refusals of an operation, sent in an <c>error</c> message.</summary>
public static class StreamErrors
{
    public const string TooManyOperationsCode = "TOO_MANY_OPERATIONS";
    public const string TooManySubscriptionsCode = "TOO_MANY_SUBSCRIPTIONS";

    public static ExecutionError TooManyOperations(int max) =>
        new CodedExecutionError(TooManyOperationsCode, $"A connection runs at most {max} operations at once; complete one first.");

    public static ExecutionError TooManySubscriptions(int max) =>
        new CodedExecutionError(TooManySubscriptionsCode, $"A user runs at most {max} subscriptions at once on this server; complete one first.");
}
