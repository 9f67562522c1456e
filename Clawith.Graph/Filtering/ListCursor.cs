using System.Buffers.Text;
using System.Text.Json;
using Clawith.Graph.Schema.Errors;

namespace Clawith.Graph.Filtering;

/// <summary>
/// The cursor of a filtered or re-ordered list: which filter and order it was made for (the query's
/// <see cref="ListQuery.Fingerprint"/>) and the row's value of every key of that order, as JSON, base64url
/// encoded. Handed back with another filter or order, it is refused with INVALID_INPUT rather than read
/// as a place in a list it does not belong to.
/// </summary>
public static class ListCursor
{
    public const string MadeForAnother = "This cursor was made for another filter or order: page from the start of this list.";

    public static string Encode(ListQuery query, IReadOnlyList<object?> keys)
    {
        var parts = new string?[keys.Count + 1];
        parts[0] = query.Fingerprint;
        for (var i = 0; i < keys.Count; i++)
            parts[i + 1] = query.Order[i].Field.Kind.WriteKey(keys[i]);
        return Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(parts));
    }

    /// <summary>The key values <paramref name="cursor"/> holds for <paramref name="query"/>'s order.</summary>
    public static object?[] Decode(string cursor, ListQuery query)
    {
        string?[]? parts;
        try
        {
            parts = JsonSerializer.Deserialize<string?[]>(Base64Url.DecodeFromChars(cursor));
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            throw CodedExecutionError.InvalidInput(MadeForAnother);
        }
        if (parts is null || parts.Length != query.Order.Count + 1 || parts[0] != query.Fingerprint)
            throw CodedExecutionError.InvalidInput(MadeForAnother);
        var keys = new object?[query.Order.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = query.Order[i].Field.Kind.ParseKey(parts[i + 1]);
            if (keys[i] is null && !query.Order[i].Field.Nullable)
                throw CodedExecutionError.InvalidInput("The cursor is malformed.");
        }
        return keys;
    }
}
