using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Server;

/// <summary>Persisted-operation requests as the clients send them: Apollo's hash in extensions, or a documentId.</summary>
internal static class PersistedRequests
{
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Apollo's extensions: <c>{"persistedQuery":{"version":1,"sha256Hash":…}}</c>.</summary>
    public static object Extension(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    /// <summary>A POST body with the hash only (<paramref name="query"/> null) or with the text beside it.</summary>
    public static string Apq(string hash, string? query = null, object? variables = null) =>
        JsonSerializer.Serialize(new { query, variables, extensions = Extension(hash) }, Options);

    public static string ByDocumentId(string documentId, object? variables = null) =>
        JsonSerializer.Serialize(new { documentId, variables }, Options);

    /// <summary><c>/graphql?extensions=…</c>, with the other parameters when given, as Apollo's link sends hashed GETs.</summary>
    public static string ApqGetUrl(string hash, string? query = null, string? variables = null)
    {
        var url = $"/graphql?extensions={Uri.EscapeDataString(JsonSerializer.Serialize(Extension(hash)))}";
        if (query is not null)
            url += $"&query={Uri.EscapeDataString(query)}";
        if (variables is not null)
            url += $"&variables={Uri.EscapeDataString(variables)}";
        return url;
    }

    public static Task<GraphResponse> PostApqAsync(this GraphClient client, string hash, string? query = null, object? variables = null, string? accept = null) =>
        client.PostRawAsync(Apq(hash, query, variables), accept: accept);

    public static Task<GraphResponse> PostDocumentIdAsync(this GraphClient client, string documentId, object? variables = null, string? accept = null) =>
        client.PostRawAsync(ByDocumentId(documentId, variables), accept: accept);

    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };
}
