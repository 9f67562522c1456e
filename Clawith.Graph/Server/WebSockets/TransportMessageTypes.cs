using Clawith.Graph.Server.Streaming;

namespace Clawith.Graph.Server.WebSockets;

/// <summary>The message types of graphql-transport-ws (enisdenjo/graphql-ws, PROTOCOL.md).</summary>
public static class TransportMessageTypes
{
    public const string Protocol = "graphql-transport-ws";

    public const string ConnectionInit = "connection_init";
    public const string ConnectionAck = "connection_ack";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Next = OperationMessageTypes.Next;
    public const string Error = OperationMessageTypes.Error;
    public const string Complete = OperationMessageTypes.Complete;
}
