using Clawith.Graph.Server.WebSockets;

namespace Clawith.Graph.Server.Streaming;

/// <summary>
/// What each user holds on this server instance: open connections and running subscriptions, counted
/// under the connection's key (the user, or an anonymous client's remote address). Instances do not
/// share counts: behind a load balancer, a user may hold the limits once per instance.
/// </summary>
public sealed class UserQuotas(GraphQLWebSocketOptions options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Held> _held = [];

    /// <summary>A place for one more connection (dispose it when the connection ends), or null when the user has them all.</summary>
    public IDisposable? TryOpenConnection(string key) => TryTake(key, held => ref held.Connections, options.MaxConnectionsPerUser);

    /// <summary>A place for one more running subscription (dispose it when it ends), or null when the user has them all.</summary>
    public IDisposable? TryStartSubscription(string key) => TryTake(key, held => ref held.Subscriptions, options.MaxSubscriptionsPerUser);

    private delegate ref int Counter(Held held);

    private Place? TryTake(string key, Counter counter, int max)
    {
        lock (_gate)
        {
            if (!_held.TryGetValue(key, out var held))
                _held[key] = held = new Held();
            ref var count = ref counter(held);
            if (count >= max)
                return null;
            count++;
            return new Place(this, key, held, counter);
        }
    }

    private void Give(string key, Held held, Counter counter)
    {
        lock (_gate)
        {
            counter(held)--;
            if (held is { Connections: 0, Subscriptions: 0 })
                _held.Remove(key);
        }
    }

    private sealed class Held
    {
        public int Connections;
        public int Subscriptions;
    }

    private sealed class Place(UserQuotas quotas, string key, Held held, Counter counter) : IDisposable
    {
        private int _given;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _given, 1) == 0)
                quotas.Give(key, held, counter);
        }
    }
}
