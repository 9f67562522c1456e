using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;

namespace Clawith.Graph.Live;

/// <summary>
/// Whom a subscription's events run for, asked again before each event: the transport that carries the
/// subscription (one WebSocket connection) knows who that is now, not the request that subscribed.
/// </summary>
public interface IEventSubscriber
{
    /// <summary>Whose share of the <see cref="EventExecutionPool"/> the events draw from: a user, or an anonymous client's address.</summary>
    string Key { get; }

    /// <summary>The caller as the database has them now; null when the user is gone or inactive (the transport has then closed the connection).</summary>
    Task<ClaimsPrincipal?> CallerAsync(CancellationToken cancellationToken);
}

/// <summary>Carries the <see cref="IEventSubscriber"/> from the subscribing request to its events, in the execution's user context.</summary>
public static class EventSubscriberContext
{
    private const string Key = "clawith:event-subscriber";

    public static Dictionary<string, object?> For(IEventSubscriber subscriber) => new() { [Key] = subscriber };

    public static IEventSubscriber? Of(IProvideUserContext context) =>
        context.UserContext.TryGetValue(Key, out var subscriber) ? subscriber as IEventSubscriber : null;
}
