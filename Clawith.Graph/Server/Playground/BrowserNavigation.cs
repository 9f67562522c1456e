using Microsoft.Net.Http.Headers;

namespace Clawith.Graph.Server.Playground;

/// <summary>Tells a person opening /graphql in a browser from a client calling the API there.</summary>
internal static class BrowserNavigation
{
    /// <summary>
    /// GET or HEAD that accepts text/html and carries neither <c>query</c> (an API call over GET) nor
    /// <c>sdl</c> (the schema text). API clients send JSON Accept headers or none, so they never match.
    /// </summary>
    public static bool IsNavigation(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && AcceptsHtml(request)
        && !request.Query.ContainsKey("query")
        && !request.Query.ContainsKey("sdl");

    private static bool AcceptsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(type =>
            type.Quality is not 0 && type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
