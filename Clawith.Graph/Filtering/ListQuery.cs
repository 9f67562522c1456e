using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Clawith.Graph.Filtering;

/// <summary>
/// What a list's <c>where</c> and <c>order</c> ask for, read and checked: the condition, and the whole order
/// (the client's keys, then the list's default order for ties, which ends with the id, so the order is
/// total and keyset paging neither skips nor repeats). <see cref="Fingerprint"/> names this filter and
/// order in the cursors made for them.
/// </summary>
public sealed record ListQuery(Condition? Where, IReadOnlyList<SortKey> Order, bool IsDefaultOrder)
{
    /// <summary>The filter and order in a canonical text: equal for equal queries, however their input was spelled.</summary>
    public string Canonical { get; } = CanonicalOf(Where, Order);

    /// <summary>A short hash of <see cref="Canonical"/>; null for the default order with no filter, whose cursors stay as they were.</summary>
    public string? Fingerprint => IsDefaultOrder && Where is null ? null : Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical)).AsSpan(0, 9));

    /// <summary>Queries are equal when they ask for the same (a batch of pages groups by it).</summary>
    public bool Equals(ListQuery? other) => other is not null && Canonical == other.Canonical;

    public override int GetHashCode() => Canonical.GetHashCode(StringComparison.Ordinal);

    public static ListQuery Read(object? where, object? order, ListFields fields, IReadOnlyList<SortKey> defaultOrder)
    {
        var condition = FilterReading.Read(where, fields);
        var keys = SortKey.Read(order, fields);
        keys.AddRange(defaultOrder.Where(tie => !keys.Exists(key => key.Path == tie.Path)));
        var isDefault = keys.Select(k => (k.Path, k.Direction)).SequenceEqual(defaultOrder.Select(k => (k.Path, k.Direction)));
        return new ListQuery(condition, keys, isDefault);
    }

    /// <summary>The default order and no filter.</summary>
    public static ListQuery Default(IReadOnlyList<SortKey> defaultOrder) => new(null, defaultOrder, true);

    private static string CanonicalOf(Condition? where, IReadOnlyList<SortKey> order)
    {
        var text = new StringBuilder("order:").AppendJoin(',', order).Append(";where:");
        where?.Describe(text);
        return text.ToString();
    }
}
