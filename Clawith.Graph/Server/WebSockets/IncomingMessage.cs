using System.Text.Json;
using Clawith.Graph.Server.Persisted;
using GraphQL;
using GraphQL.Transport;

namespace Clawith.Graph.Server.WebSockets;

/// <summary>A client's message, checked against the protocol: its type, and the id and payload that type needs.</summary>
public sealed record IncomingMessage(string Type, string? Id, JsonElement? Payload, GraphQLRequest? Request)
{
    private static readonly HashSet<string> ClientTypes =
    [
        TransportMessageTypes.ConnectionInit, TransportMessageTypes.Ping, TransportMessageTypes.Pong,
        TransportMessageTypes.Subscribe, TransportMessageTypes.Complete,
    ];

    /// <summary>The message, or the reason to close with 4400 Bad Request.</summary>
    public static (IncomingMessage? Message, string? Invalid) Parse(ReadOnlySpan<byte> text, IGraphQLTextSerializer serializer)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text.ToArray());
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return (null, "Invalid message: not JSON");
        }
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            return (null, "Invalid message: a JSON object with a string type is expected");
        if (!ClientTypes.Contains(type.GetString()!))
            return (null, "Invalid message: unknown type");
        var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
        JsonElement? payload = root.TryGetProperty("payload", out var payloadElement) && payloadElement.ValueKind != JsonValueKind.Null ? payloadElement : null;
        return type.GetString() switch
        {
            TransportMessageTypes.Subscribe => Subscribe(id, payload, serializer),
            TransportMessageTypes.Complete when string.IsNullOrEmpty(id) => (null, "Invalid message: complete needs an id"),
            TransportMessageTypes.ConnectionInit when payload is { ValueKind: not JsonValueKind.Object } =>
                (null, "Invalid message: the connection_init payload must be an object"),
            var known => (new IncomingMessage(known!, id, payload, null), null),
        };
    }

    private static (IncomingMessage?, string?) Subscribe(string? id, JsonElement? payload, IGraphQLTextSerializer serializer)
    {
        if (string.IsNullOrEmpty(id))
            return (null, "Invalid message: subscribe needs an id");
        if (payload is not { ValueKind: JsonValueKind.Object } body)
            return (null, "Invalid message: subscribe needs a payload object");
        GraphQLRequest? request;
        try
        {
            request = serializer.ReadNode<GraphQLRequest>(body);
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException or NotSupportedException or ArgumentException or OverflowException)
        {
            return (null, "Invalid message: the subscribe payload is not a GraphQL request");
        }
        // A persisted operation names its document by documentId or hash: which one it runs is the runner's to find.
        return string.IsNullOrWhiteSpace(request?.Query) && request?.DocumentId is null && request?.Extensions?.ContainsKey(PersistedQueryExtension.Key) != true
            ? (null, "Invalid message: the subscribe payload has no query")
            : (new IncomingMessage(TransportMessageTypes.Subscribe, id, body, request), null);
    }
}
