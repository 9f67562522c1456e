using System.Text;
using Clawith.Graph.Data.Statements;

namespace Clawith.Graph.Tests.Filtering;

/// <summary>
/// The orders as the schema describes them, computed in memory: each key with missing values last either
/// way, text case-insensitively by the folding rule then by code point, ties by the default order (most
/// recently active first, never-stamped last, newest first, then id descending).
/// </summary>
public static class PagingOracle
{
    public static List<Guid> Sorted(IEnumerable<PagingWorld.Listed> sessions, IReadOnlyList<(string Key, bool Descending)> order)
    {
        var keys = order.ToList();
        foreach (var tie in new[] { ("lastMessageAt", true), ("createdAt", true), ("id", true) })
            if (!keys.Exists(k => k.Key == tie.Item1))
                keys.Add(tie);
        var list = sessions.ToList();
        list.Sort((a, b) =>
        {
            foreach (var (key, descending) in keys)
            {
                var compared = Compare(Value(a, key), Value(b, key), descending);
                if (compared != 0)
                    return compared;
            }
            return 0;
        });
        return [.. list.Select(s => s.Id)];
    }

    private static object? Value(PagingWorld.Listed session, string key) => key switch
    {
        "title" => session.Title,
        "sourceChannel" => session.Channel,
        "createdAt" => session.CreatedAt,
        "lastMessageAt" => session.LastMessageAt,
        "messageCount" => session.MessageCount,
        "user.displayName" => session.OwnerName,
        "id" => session.Id.ToString("D"),
        _ => throw new ArgumentException(key),
    };

    private static int Compare(object? a, object? b, bool descending)
    {
        if (a is null || b is null)
            return (a is null ? 1 : 0) - (b is null ? 1 : 0); // missing last, either way
        var compared = a is string x && b is string y
            ? CodePoints(TextFolding.Fold(x), TextFolding.Fold(y)) is var folded and not 0 ? folded : CodePoints(x, y)
            : Comparer<object>.Default.Compare(a, b);
        return descending ? -compared : compared;
    }

    /// <summary>By code point, as SQLite's BINARY and PostgreSQL's "C" compare UTF-8 (UTF-16's ordinal order differs past U+FFFF).</summary>
    public static int CodePoints(string a, string b)
    {
        using var x = a.EnumerateRunes().GetEnumerator();
        using var y = b.EnumerateRunes().GetEnumerator();
        while (true)
        {
            var more = (x.MoveNext(), y.MoveNext());
            if (more == (false, false))
                return 0;
            if (!more.Item1 || !more.Item2)
                return more.Item1 ? 1 : -1;
            if (x.Current.Value != y.Current.Value)
                return x.Current.Value.CompareTo(y.Current.Value);
        }
    }
}
