using Clawith.Graph.Schema.Errors;
using GraphQL;

namespace Clawith.Graph.Server.Streaming;

/// <summary>The streaming transports' own refusals: of an operation (sent as its <c>error</c>), of an SSE stream (429).</summary>
public static class StreamErrors
{
    public const string TooManyOperationsCode = "TOO_MANY_OPERATIONS";
    public const string TooManySubscriptionsCode = "TOO_MANY_SUBSCRIPTIONS";
    public const string TooManyConnectionsCode = "TOO_MANY_CONNECTIONS";

    public static ExecutionError TooManyOperations(int max) =>
        new CodedExecutionError(TooManyOperationsCode, $"A connection runs at most {max} operations at once; complete one first.");

    public static ExecutionError TooManySubscriptions(int max) =>
        new CodedExecutionError(TooManySubscriptionsCode, $"A user runs at most {max} subscriptions at once on this server; complete one first.");

    /// <summary>An SSE stream past the user's connection places (a WebSocket gets close 1013 for the same).</summary>
    public static ExecutionError TooManyConnections(int max) =>
        new CodedExecutionError(TooManyConnectionsCode,
            $"A user holds at most {max} open connections (WebSockets and event streams) on this server; close one, or try again later.");
}
