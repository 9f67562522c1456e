namespace Clawith.Graph.Search;

/// <summary>How many messages a search examines newest first before it turns to the index, or stops (the bounded scan).</summary>
public static class SearchWindows
{
    /// <summary>
    /// SQLite, a text the index serves: the newest messages of the scope tested first. A common text fills
    /// its page among them, where the index would hand over every message holding it to be put in order.
    /// </summary>
    public const int BeforeIndex = 1_000;

    /// <summary>A text the index cannot serve (under three characters, or no index on SQLite): a page examines at most this many messages.</summary>
    public const int Scan = 20_000;
}
