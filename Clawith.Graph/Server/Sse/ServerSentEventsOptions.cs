using Clawith.Graph.Configuration;

namespace Clawith.Graph.Server.Sse;

/// <summary>
/// The <c>GraphQL:ServerSentEvents</c> section. An SSE stream is otherwise held to the WebSocket transport's
/// settings (<c>GraphQL:WebSockets</c>: queue, send and close timeouts, per-user caps, event pool, caller age).
/// </summary>
public sealed class ServerSentEventsOptions : ICheckedSettings
{
    public const string Section = "GraphQL:ServerSentEvents";

    /// <summary>
    /// How often a quiet stream gets a comment line, so proxies that drop idle connections keep it and a client
    /// gone without a word is found out by the write. graphql-sse's own server sends one every 12 seconds.
    /// </summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    public void Check(SettingsCheck check) => check.Positive(KeepAliveInterval, nameof(KeepAliveInterval), "00:00:12");
}
