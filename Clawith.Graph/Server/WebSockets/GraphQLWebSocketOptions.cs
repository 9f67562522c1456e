using Clawith.Graph.Configuration;

namespace Clawith.Graph.Server.WebSockets;

/// <summary>The <c>GraphQL:WebSockets</c> section: how long a connection may wait and how much it may hold.</summary>
public sealed class GraphQLWebSocketOptions : ICheckedSettings
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

    /// <summary>
    /// Bytes of messages waiting to be sent to one client, the one being sent included; past it, the same
    /// close as a full queue. A message is always let into an empty queue, so one answer larger than this
    /// still goes out.
    /// </summary>
    public long OutgoingQueueBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// How long the client may take to accept the next 64 KiB of a message. Past it the client has stopped
    /// reading: the connection is closed with 1013 (aborted if even the close cannot go out in <see cref="CloseTimeout"/>).
    /// </summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Events of one subscription waiting to be executed; past it, the same close as a full outgoing queue.</summary>
    public int MaxPendingEventsPerSubscription { get; set; } = 100;

    /// <summary>How long a closing connection may take to send its close frame before it is aborted.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Open connections of one user (anonymous ones: of one remote address) on this server instance.</summary>
    public int MaxConnectionsPerUser { get; set; } = 10;

    /// <summary>Running subscriptions of one user (anonymous ones: of one remote address), over all their connections to this instance.</summary>
    public int MaxSubscriptionsPerUser { get; set; } = 100;

    /// <summary>Subscription events executed at once on this server instance; the others wait their turn.</summary>
    public int MaxConcurrentEventExecutions { get; set; } = 32;

    /// <summary>Of those, how many one user's subscriptions may hold, so one user's fan-out leaves room for everyone else's events.</summary>
    public int MaxConcurrentEventExecutionsPerUser { get; set; } = 4;

    /// <summary>
    /// How old the caller's database row (exists, active, role) may be when a connection's operation, event
    /// or ping is checked against it. Rows are shared by all connections: a user is read at most once per
    /// this span. Zero reads the row every time.
    /// </summary>
    public TimeSpan CallerMaxAge { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A value that would refuse everything or hold without limit stops the server at start.</summary>
    public void Check(SettingsCheck check) => check
        .Positive(ConnectionInitTimeout, nameof(ConnectionInitTimeout), "00:00:10")
        .Positive(SendTimeout, nameof(SendTimeout), "00:00:10")
        .Positive(CloseTimeout, nameof(CloseTimeout), "00:00:10")
        .AtLeastOne(MaxSubscriptionsPerConnection, nameof(MaxSubscriptionsPerConnection))
        .AtLeastOne(OutgoingQueueCapacity, nameof(OutgoingQueueCapacity))
        .AtLeastOne(OutgoingQueueBytes, nameof(OutgoingQueueBytes))
        .AtLeastOne(MaxPendingEventsPerSubscription, nameof(MaxPendingEventsPerSubscription))
        .AtLeastOne(MaxConnectionsPerUser, nameof(MaxConnectionsPerUser))
        .AtLeastOne(MaxSubscriptionsPerUser, nameof(MaxSubscriptionsPerUser))
        .AtLeastOne(MaxConcurrentEventExecutions, nameof(MaxConcurrentEventExecutions))
        .AtLeastOne(MaxConcurrentEventExecutionsPerUser, nameof(MaxConcurrentEventExecutionsPerUser))
        .That(MaxConcurrentEventExecutionsPerUser <= MaxConcurrentEventExecutions,
            $"{check.Key(nameof(MaxConcurrentEventExecutionsPerUser))} must not exceed {check.Key(nameof(MaxConcurrentEventExecutions))}.")
        .That(CallerMaxAge >= TimeSpan.Zero, $"{check.Key(nameof(CallerMaxAge))} must not be negative, e.g. 00:00:01.");
}
