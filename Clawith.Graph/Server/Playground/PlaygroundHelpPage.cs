using System.Net;
using System.Text;

namespace Clawith.Graph.Server.Playground;

/// <summary>What a browser gets at /graphql when this build has no IDE files (Node.js was missing when it was built).</summary>
internal static class PlaygroundHelpPage
{
    public static byte[] For(HttpRequest request)
    {
        var endpoint = WebUtility.HtmlEncode(request.PathBase + GraphQLEndpoint.Path);
        return Encoding.UTF8.GetBytes($$"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Clawith.Graph: playground not installed</title>
            <style>body { font: 16px/1.5 system-ui, sans-serif; max-width: 44rem; margin: 3rem auto; padding: 0 1rem; } code { background: #eee; padding: 0 .2em; }</style>
            </head>
            <body>
            <h1>Clawith.Graph</h1>
            <p>This GraphQL endpoint serves the Banana Cake Pop IDE to browsers, but this build was made
            without its files (the npm package <code>@chillicream/bananacakepop-graphql-ide</code>).</p>
            <p>To get the playground, run <code>npm ci --prefix playground</code> in the repository, or install
            Node.js, then rebuild (<code>dotnet build</code>) and restart the server.</p>
            <p>The API works without it: POST GraphQL requests to <code>{{endpoint}}</code>; the schema is at
            <a href="{{endpoint}}?sdl">{{endpoint}}?sdl</a>.</p>
            </body>
            </html>
            """);
    }
}
