using System.Globalization;
using GraphQL;

namespace Clawith.Graph.Server.Persisted;

/// <summary>
/// Apollo's automatic persisted query in a request's extensions:
/// <c>"persistedQuery": { "version": 1, "sha256Hash": "&lt;64 hex digits&gt;" }</c>. The hash is read in
/// lowercase, and with a <c>sha256:</c> prefix too (what a client that sends client-preset's document ids
/// as Apollo hashes sends).
/// </summary>
public static class PersistedQueryExtension
{
    public const string Key = "persistedQuery";

    /// <summary>Whether the request asks for one; if it does, its hash, or null when the extension is malformed.</summary>
    public static (bool Asked, string? Hash) Read(Inputs? extensions)
    {
        if (extensions is null || !extensions.TryGetValue(Key, out var value))
            return (false, null);
        if (value is not IDictionary<string, object?> fields
            || !fields.TryGetValue("version", out var version) || !IsOne(version)
            || !fields.TryGetValue("sha256Hash", out var hash) || hash is not string text)
            return (true, null);
        return (true, DocumentHash.Named(text));
    }

    private static bool IsOne(object? version) =>
        Convert.ToString(version, CultureInfo.InvariantCulture) is "1";
}
