using Microsoft.Net.Http.Headers;

namespace Clawith.Graph.Server;

/// <summary>GraphQL-over-HTTP response media types, chosen from the request's Accept header.</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string EventStream = "text/event-stream";

    /// <summary>
    /// The spec's preferred type when the client accepts it; plain JSON when it asks for that, for
    /// anything, or says nothing (legacy clients); null when it accepts neither.
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().Accept;
        if (accepted.Count == 0)
            return Json;
        foreach (var type in accepted.Where(a => a.Quality is not 0).OrderByDescending(a => a.Quality ?? 1))
        {
            if (type.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
                return GraphQLResponse;
            if (type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase) || Matches(type, "*/*") || Matches(type, "application/*"))
                return Json;
        }
        return null;
    }

    /// <summary>
    /// Whether the client asks for Server-Sent Events (GraphQL over SSE): <c>text/event-stream</c> accepted and
    /// ranked before every JSON type it accepts (by quality, then by the order it lists them), so a client that
    /// lists JSON first (urql's fetch) still gets JSON.
    /// </summary>
    public static bool PrefersEventStream(HttpRequest request)
    {
        foreach (var type in request.GetTypedHeaders().Accept.Where(a => a.Quality is not 0).OrderByDescending(a => a.Quality ?? 1))
        {
            if (Matches(type, EventStream))
                return true;
            if (Matches(type, GraphQLResponse) || Matches(type, Json) || Matches(type, "*/*") || Matches(type, "application/*"))
                return false;
        }
        return false;
    }

    public static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && (parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
            || parsed.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase));

    private static bool Matches(MediaTypeHeaderValue type, string pattern) =>
        type.MediaType.Equals(pattern, StringComparison.OrdinalIgnoreCase);
}
