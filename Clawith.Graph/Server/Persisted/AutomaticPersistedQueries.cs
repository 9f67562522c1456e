namespace Clawith.Graph.Server.Persisted;

/// <summary>
/// Apollo's automatic persisted queries: query texts by the SHA-256 of their text, stored once a request
/// brought both and the hash proved to be the text's. Bounded to <c>MaxAutomaticQueries</c> texts, each no
/// longer than the document limit, so hostile variety costs memory only up to that; past it the least
/// recently used text makes room (its client gets PERSISTED_QUERY_NOT_FOUND once and sends the text again).
/// </summary>
public sealed class AutomaticPersistedQueries(PersistedDocumentsOptions options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Hash, string Text)>> _byHash = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Hash, string Text)> _recentFirst = new();

    public int Count
    {
        get
        {
            lock (_gate)
                return _byHash.Count;
        }
    }

    public string? Find(string hash)
    {
        lock (_gate)
        {
            if (!_byHash.TryGetValue(hash, out var entry))
                return null;
            _recentFirst.Remove(entry);
            _recentFirst.AddFirst(entry);
            return entry.Value.Text;
        }
    }

    public void Store(string hash, string text)
    {
        lock (_gate)
        {
            if (_byHash.TryGetValue(hash, out var known))
                _recentFirst.Remove(known);
            else if (_byHash.Count >= options.MaxAutomaticQueries && _recentFirst.Last is { } oldest)
            {
                _recentFirst.RemoveLast();
                _byHash.Remove(oldest.Value.Hash);
            }
            _byHash[hash] = _recentFirst.AddFirst((hash, text));
        }
    }
}
