using System.Text;
using Clawith.Graph.Server.Streaming;
using Clawith.Graph.Server.WebSockets;
using GraphQL;

namespace Clawith.Graph.Server.Sse;

/// <summary>
/// GraphQL over SSE in "distinct connections" mode (graphql-sse's PROTOCOL.md), on one HTTP response that
/// carries one operation: each result an <c>event: next</c> whose data is the execution result's JSON (on one
/// line: the serializer writes no line breaks), the end an <c>event: complete</c> with an empty data field
/// (EventSource fires no event without one). A refusal or failure that ends the operation (graphql-ws's
/// <c>error</c>) is a <c>next</c> carrying the errors, then <c>complete</c>: graphql-sse hands the errors to the
/// client and does not retry, as it would after a failed response. Once the <c>complete</c> is out,
/// <paramref name="finished"/> ends the response. The heartbeat is an SSE comment, which clients ignore and
/// proxies see as traffic. Chunks are written to the response within the send timeout, as frames are to a socket.
/// </summary>
public sealed class SseWire(HttpResponse response, IGraphQLTextSerializer serializer, GraphQLWebSocketOptions options, TimeProvider clock, Action finished)
    : IMessageWire
{
    private static readonly byte[] CompleteEvent = "event: complete\ndata:\n\n"u8.ToArray();

    private byte[]? _last;

    public byte[] Heartbeat { get; } = ":\n\n"u8.ToArray();

    public byte[] Encode(string type, string? id, object? payload)
    {
        var message = type switch
        {
            OperationMessageTypes.Next => Next((ExecutionResult)payload!),
            OperationMessageTypes.Error => [.. Next(new ExecutionResult { Errors = Errors(payload) }), .. CompleteEvent],
            OperationMessageTypes.Complete => [.. CompleteEvent],
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Server-Sent Events carry next, error and complete only."),
        };
        // One operation per response: the message that ends it ends the response.
        if (type != OperationMessageTypes.Next)
            Volatile.Write(ref _last, message);
        return message;
    }

    public async Task SendAsync(byte[] message, Action stalled, CancellationToken abort)
    {
        await ChunkedSend.SendAsync((chunk, _, token) => response.Body.WriteAsync(chunk, token), message, options.SendTimeout, clock, stalled, abort);
        if (ReferenceEquals(message, Volatile.Read(ref _last)))
            finished();
    }

    /// <summary>A connection ended for a reason says it in a comment (which clients ignore) for whoever reads the stream by hand.</summary>
    public async Task CloseAsync(CloseReason reason, CancellationToken abort)
    {
        if (reason.Description.Length > 0)
            await response.Body.WriteAsync(Encoding.UTF8.GetBytes($": {reason.Description}\n\n"), abort);
    }

    private byte[] Next(ExecutionResult result) => Encoding.UTF8.GetBytes($"event: next\ndata: {serializer.Serialize(result)}\n\n");

    private static ExecutionErrors Errors(object? payload)
    {
        var errors = new ExecutionErrors();
        errors.AddRange(payload as IEnumerable<ExecutionError> ?? []);
        return errors;
    }
}
