namespace Clawith.Graph.Server.WebSockets;

/// <summary>The <c>GraphQL:WebSockets</c> section: how long a connection may wait and how much it may hold.</summary>
public sealed class GraphQLWebSocketOptions
{
    public const string Section = "GraphQL:WebSockets";

    /// <summary>How long a client has to send connection_init after connecting (then: close 4408).</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Operations one connection may run at once; a subscribe past it gets an error message.</summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 100;

    /// <summary>
    /// Messages waiting to be sent to one client. A client that lets it fill (it stopped reading, or
    /// reads slower than its events arrive) is closed with 1013 "Try Again Later".
    /// </summary>
    public int OutgoingQueueCapacity { get; set; } = 100;

    /// <summary>Events of one subscription waiting to be executed; past it, the same close as a full outgoing queue.</summary>
    public int MaxPendingEventsPerSubscription { get; set; } = 100;

    /// <summary>How long a closing connection may take to send its close frame before it is aborted.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Fails at start-up on a value that would refuse everything or hold without limit.</summary>
    public GraphQLWebSocketOptions Validated()
    {
        if (ConnectionInitTimeout <= TimeSpan.Zero || CloseTimeout <= TimeSpan.Zero)
            throw new InvalidOperationException($"{Section}: {nameof(ConnectionInitTimeout)} and {nameof(CloseTimeout)} must be positive, e.g. 00:00:10.");
        if (MaxSubscriptionsPerConnection < 1 || OutgoingQueueCapacity < 1 || MaxPendingEventsPerSubscription < 1)
            throw new InvalidOperationException($"{Section}: the subscription, queue and pending-event limits must be at least 1.");
        return this;
    }
}
