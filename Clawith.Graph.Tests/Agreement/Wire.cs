using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clawith.Graph.Tests.Agreement;

/// <summary>Values read off either API in one form, so equal meanings compare equal.</summary>
public static class Wire
{
    /// <summary>Python's isoformat() (REST) and the DateTime scalar (GraphQL): with or without microseconds, offset +00:00.</summary>
    private static readonly string[] TimeFormats = ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.ffffffzzz"];

    /// <summary>A time as its instant in UTC; text that is not one of the two formats (or not UTC) is kept, marked, so it fails.</summary>
    public static JsonNode? Instant(JsonNode? value)
    {
        if (value is null)
            return null;
        var text = value.ToString();
        return DateTimeOffset.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            && instant.Offset == TimeSpan.Zero
            ? instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture)
            : $"not an ISO-8601 UTC time: '{text}'";
    }

    /// <summary>An id as the world names it (CreatorWeb, Atlas, …).</summary>
    public static JsonNode? Id(JsonNode? value) => value is null ? null : WorldIds.Label(value.ToString());

    /// <summary>A JSON value with object keys sorted at every depth, as compact text.</summary>
    public static string Canonical(JsonNode? node) => Sorted(node)?.ToJsonString(Readable) ?? "null";

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The key's value, or a marker when the object lacks the key altogether.</summary>
    public static JsonNode? Field(JsonNode? node, string key) =>
        node is JsonObject obj ? obj.TryGetPropertyValue(key, out var value) ? value?.DeepClone() : "<absent>" : "<not an object>";

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Sorted)]),
        _ => node?.DeepClone(),
    };
}
