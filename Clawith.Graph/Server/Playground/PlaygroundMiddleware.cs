namespace Clawith.Graph.Server.Playground;

/// <summary>
/// Serves the IDE's page, its config and the service worker it registers under /graphql; every other
/// request (API calls, the IDE's static files, unknown paths) passes on unchanged.
/// </summary>
internal sealed class PlaygroundMiddleware(RequestDelegate next, PlaygroundAssets assets)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if (!request.Path.StartsWithSegments(GraphQLEndpoint.Path, out var rest)
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            await next(http);
            return;
        }
        if (rest == "/" + PlaygroundConfig.FileName)
        {
            await PlaygroundResponse.WriteAsync(http, PlaygroundConfig.For(request).ToUtf8Json(), "application/json; charset=utf-8");
            return;
        }
        if (rest == "/" + PlaygroundServiceWorker.FileName)
        {
            await PlaygroundResponse.WriteAsync(http, PlaygroundServiceWorker.Script, PlaygroundServiceWorker.ContentType);
            return;
        }
        if (!(rest == "/" || !rest.HasValue) || !BrowserNavigation.IsNavigation(request))
        {
            await next(http);
            return;
        }
        if (!assets.HasIde)
            await PlaygroundResponse.WriteAsync(http, PlaygroundHelpPage.For(request), PlaygroundResponse.Html);
        else if (!rest.HasValue)
            // The page loads "static/js/…" relative to itself: that resolves under /graphql/ only with the
            // slash. Redirecting (as HotChocolate does) leaves the licensed page exactly as shipped.
            http.Response.Redirect($"{request.PathBase}{GraphQLEndpoint.Path}/{request.QueryString}");
        else
            await PlaygroundResponse.WriteAsync(http, await ReadIndexAsync(http.RequestAborted), PlaygroundResponse.Html);
    }

    private async Task<byte[]> ReadIndexAsync(CancellationToken cancellationToken)
    {
        await using var stream = assets.Files.GetFileInfo(PlaygroundAssets.IndexFile).CreateReadStream();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
