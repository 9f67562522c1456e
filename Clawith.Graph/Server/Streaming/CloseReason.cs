using System.Net.WebSockets;

namespace Clawith.Graph.Server.Streaming;

/// <summary>A reason to close a connection: graphql-transport-ws's codes, and the standard ones we add.</summary>
public sealed record CloseReason(WebSocketCloseStatus Status, string Description)
{
    public static CloseReason BadRequest(string why) => new((WebSocketCloseStatus)4400, why);
    public static readonly CloseReason Unauthorized = new((WebSocketCloseStatus)4401, "Unauthorized");
    public static readonly CloseReason Forbidden = new((WebSocketCloseStatus)4403, "Forbidden");
    /// <summary>4403 as well, so a graphql-ws client (which retries 4403) reconnects with a fresh token.</summary>
    public static readonly CloseReason TokenExpired = new((WebSocketCloseStatus)4403, "Forbidden: the token expired");
    /// <summary>4403 again: the user was deactivated or deleted while connected (graphql-ws retries, and is refused at connection_init).</summary>
    public static readonly CloseReason UserRevoked = new((WebSocketCloseStatus)4403, "Forbidden: the user is inactive or no longer exists");
    public static readonly CloseReason SubprotocolNotAcceptable = new((WebSocketCloseStatus)4406, "Subprotocol not acceptable");
    public static readonly CloseReason InitTimeout = new((WebSocketCloseStatus)4408, "Connection initialisation timeout");
    public static CloseReason SubscriberExists(string id) => new((WebSocketCloseStatus)4409, $"Subscriber for {Shortened(id)} already exists");
    public static readonly CloseReason TooManyInits = new((WebSocketCloseStatus)4429, "Too many initialisation requests");
    /// <summary>Standard "Try Again Later": graphql-ws clients retry it; a client too slow for its events reconnects and refetches.</summary>
    public static readonly CloseReason TooSlow = new((WebSocketCloseStatus)1013, "Try again later: the client did not keep up with its messages");
    /// <summary>
    /// 1013 as well: the user's other connections hold every place; one may free up, so graphql-ws's retry with
    /// backoff is right. (4429 means a second connection_init and is fatal to graphql-ws; 1008 is fatal too.)
    /// </summary>
    public static readonly CloseReason TooManyConnections = new((WebSocketCloseStatus)1013, "Try again later: too many open connections for this user");
    public static readonly CloseReason MessageTooBig = new(WebSocketCloseStatus.MessageTooBig, "Message too big");
    public static readonly CloseReason Normal = new(WebSocketCloseStatus.NormalClosure, "");

    /// <summary>A close reason holds at most 123 bytes: an id is cut short to fit.</summary>
    private static string Shortened(string id) => id.Length <= 64 ? id : id[..64] + "…";
}
