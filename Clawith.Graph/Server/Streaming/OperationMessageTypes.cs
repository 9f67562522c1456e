namespace Clawith.Graph.Server.Streaming;

/// <summary>
/// What a streaming transport tells a client about one operation: a result, a refusal or failure that ends
/// it, its end. Each transport writes them its own way (graphql-transport-ws messages, graphql-sse events).
/// </summary>
public static class OperationMessageTypes
{
    public const string Next = "next";
    public const string Error = "error";
    public const string Complete = "complete";
}
