using System.Text;
using Clawith.Graph.Tests.Infrastructure;
using static Clawith.Graph.Tests.Fuzz.HostileText;

namespace Clawith.Graph.Tests.Fuzz;

/// <summary>The hostile requests aimed at HTTP: bytes, content types, methods, bodies without end, and the REST routes.</summary>
public sealed partial class HostileRequests
{
    private static FuzzRequest RandomBytes(Random random) =>
        new(nameof(RandomBytes), HttpMethod.Post, Graph, Bytes(random, random.Next(4) == 0 ? random.Next(200_000, 400_000) : random.Next(0, 2_048)), "application/json");

    private static FuzzRequest WrongContentType(Random random) =>
        FuzzRequest.Post(nameof(WrongContentType), Graph,
            random.Next(2) == 0 ? Request(Pick(random, ValidQueries)) : Pick(random, ValidQueries),
            random.Next(8) == 0 ? null : Pick(random, ContentTypes));

    private static FuzzRequest UrlEncodedPost(Random random) =>
        FuzzRequest.Post(nameof(UrlEncodedPost), Graph,
            $"query={Uri.EscapeDataString(Pick(random, ValidQueries))}&variables={Uri.EscapeDataString(Jsonish(random, 20))}",
            "application/x-www-form-urlencoded");

    private static FuzzRequest RestBody(Random random)
    {
        var (method, path) = random.Next(2) == 0 ? (HttpMethod.Post, Sessions) : (HttpMethod.Patch, OneSession);
        var body = random.Next(5) switch
        {
            0 => Bytes(random, random.Next(0, 2_048)),
            1 => Encoding.UTF8.GetBytes(Jsonish(random, random.Next(0, 500))),
            2 => Encoding.UTF8.GetBytes($"{{\"title\": {Pick(random, ["1", "[]", "{}", "null", "true", "\"\"", "\"   \"", Quoted(Repeat("t", random.Next(150, 400)))])}}}"),
            3 => Encoding.UTF8.GetBytes($"{{\"title\": {Quoted(Repeat("😀", random.Next(100_000, 200_000)))}}}"),
            _ => Encoding.UTF8.GetBytes($"{{\"title\": {Quoted(GraphQLish(random, random.Next(1, 60)))}}}"),
        };
        return new FuzzRequest(nameof(RestBody), method, path, body, random.Next(4) == 0 ? Pick(random, ContentTypes) : "application/json");
    }

    private static FuzzRequest RestPath(Random random)
    {
        var segment = Uri.EscapeDataString(GraphQLish(random, random.Next(0, 40)));
        var path = Pick(random, [$"/api/agents/{segment}/sessions", $"{Sessions}/{segment}", $"{Sessions}/{segment}/messages", $"{Sessions}?scope={segment}"]);
        return new FuzzRequest(nameof(RestPath), Pick(random, [HttpMethod.Get, HttpMethod.Delete, HttpMethod.Patch]), path,
            Encoding.UTF8.GetBytes("{\"title\": \"fuzz\"}"), "application/json");
    }

    private static FuzzRequest OddMethod(Random random) =>
        new(nameof(OddMethod), Pick(random, [HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Head, HttpMethod.Options, new HttpMethod("PROPFIND")]),
            Pick(random, [Graph, Sessions, "/healthz", "/graphql/" + Uri.EscapeDataString(GraphQLish(random, 8))]),
            Encoding.UTF8.GetBytes(Request(Pick(random, ValidQueries))), "application/json");

    /// <summary>
    /// A body of 400 to 800 MiB, produced as it is sent (never held whole), announced or chunked:
    /// a server that read it whole would blow the memory bound, or the deadline.
    /// </summary>
    private static FuzzRequest EndlessBody(Random random) =>
        new(nameof(EndlessBody), HttpMethod.Post, Pick(random, [Graph, Sessions]),
            Streamed: new StreamedBody((long)random.Next(400, 800) << 20, AnnounceLength: random.Next(2) == 0), ContentType: "application/json");
}
