using Microsoft.Net.Http.Headers;

namespace Clawith.Graph.Server.Playground;

/// <summary>Tells a person opening /graphql in a browser from a client calling the API there.</summary>
internal static class BrowserNavigation
{
    /// <summary>
    /// GET or HEAD that accepts text/html and carries none of <c>query</c>, <c>documentId</c> and
    /// <c>extensions</c> (an API call over GET, a persisted one too) nor <c>sdl</c> (the schema text). API
    /// clients send JSON Accept headers or none, so they never match.
    /// </summary>
    public static bool IsNavigation(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && AcceptsHtml(request)
        && !ApiParameters.Any(request.Query.ContainsKey);

    private static readonly string[] ApiParameters = ["query", "documentId", "extensions", "sdl"];

    private static bool AcceptsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(type =>
            type.Quality is not 0 && type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
