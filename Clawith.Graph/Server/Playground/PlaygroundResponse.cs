namespace Clawith.Graph.Server.Playground;

/// <summary>
/// The page, help page, config and service worker: small, never cached without revalidation, no body for HEAD. The pages
/// may be framed by this origin only (<c>frame-ancestors 'self'</c>): another site framing the IDE could
/// trick a signed-in user into clicking through operations (clickjacking).
/// </summary>
internal static class PlaygroundResponse
{
    public const string Html = "text/html; charset=utf-8";

    public static Task WriteAsync(HttpContext http, byte[] body, string contentType)
    {
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        response.Headers.CacheControl = "no-cache";
        // /graphql answers JSON or this page depending on Accept: caches must keep them apart.
        response.Headers.Vary = "Accept";
        if (contentType == Html)
            response.Headers.ContentSecurityPolicy = "frame-ancestors 'self'";
        return HttpMethods.IsHead(http.Request.Method)
            ? Task.CompletedTask
            : response.Body.WriteAsync(body, http.RequestAborted).AsTask();
    }
}
