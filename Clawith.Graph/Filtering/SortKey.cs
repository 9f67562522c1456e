using System.Collections;
using Clawith.Graph.Schema.Errors;

namespace Clawith.Graph.Filtering;

/// <summary>HotChocolate.Data's SortEnumType.</summary>
public enum SortDirection
{
    Asc,
    Desc,
}

/// <summary>One key of an order: a value of the row, ascending or descending. Missing values come last either way.</summary>
public sealed record SortKey(string Path, ValueField Field, SortDirection Direction)
{
    public bool Descending => Direction == SortDirection.Desc;

    public override string ToString() => $"{Path} {Direction.ToString().ToUpperInvariant()}";

    /// <summary>
    /// Reads an <c>order</c> argument: a list of sort inputs, each naming one field (nested for the
    /// owner: <c>{ user: { displayName: ASC } }</c>). A field named again later adds nothing.
    /// </summary>
    public static List<SortKey> Read(object? order, ListFields fields)
    {
        var keys = new List<SortKey>();
        if (order is null)
            return keys;
        if (order is not IEnumerable items || order is IDictionary)
            items = new[] { order };
        foreach (var item in items)
        {
            if (item is null)
                continue;
            var key = ReadItem(item, fields, "");
            if (!keys.Exists(k => k.Path == key.Path))
                keys.Add(key);
        }
        return keys;
    }

    private static SortKey ReadItem(object item, ListFields fields, string prefix)
    {
        var named = item is IDictionary<string, object?> entries ? entries.Where(e => e.Value is not null).ToList() : [];
        if (named.Count != 1)
            throw CodedExecutionError.InvalidInput(
                $"Each item of order names exactly one field, as in order: [{{ title: ASC }}, {{ createdAt: DESC }}] ({fields.SortInputName}).");
        var (name, value) = named[0];
        return (fields.Find(name), value) switch
        {
            (ValueField { Sortable: true } field, SortDirection direction) => new SortKey(prefix + name, field, direction),
            (ObjectField nested, not null) => ReadItem(value, nested.Fields, $"{prefix}{name}."),
            _ => throw CodedExecutionError.InvalidInput($"{fields.SortInputName} cannot sort on '{name}'."),
        };
    }
}
