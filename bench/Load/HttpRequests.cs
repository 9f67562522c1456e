using System.Text;
using System.Text.Json;

namespace Clawith.Graph.Bench.Load;

/// <summary>Requests prepared once as the bytes a client sends, so the load loop only writes them.</summary>
public static class HttpRequests
{
    public static byte[] Get(Uri server, string pathAndQuery, string? token = null) =>
        Encoding.ASCII.GetBytes($"GET {pathAndQuery} HTTP/1.1\r\nHost: {server.Authority}\r\n{Authorization(token)}Accept: application/json\r\n\r\n");

    public static byte[] GraphQL(Uri server, string token, string query, object variables)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { query, variables });
        var head = Encoding.ASCII.GetBytes(
            $"POST /graphql HTTP/1.1\r\nHost: {server.Authority}\r\n{Authorization(token)}" +
            $"Content-Type: application/json\r\nAccept: application/graphql-response+json\r\nContent-Length: {body.Length}\r\n\r\n");
        return [.. head, .. body];
    }

    private static string Authorization(string? token) => token is null ? "" : $"Authorization: Bearer {token}\r\n";
}
