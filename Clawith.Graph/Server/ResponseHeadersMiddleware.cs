namespace Clawith.Graph.Server;

/// <summary>
/// Headers every answer carries, whatever wrote it (an endpoint, the playground, a refusal, a status
/// code page, the error handler): <c>X-Content-Type-Options: nosniff</c>, so a browser never runs an
/// answer as a type other than the one it was sent as (a JSON error body echoing input as HTML, say).
/// </summary>
public sealed class ResponseHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http)
    {
        // On starting rather than now: an error handler clears the headers set before it ran.
        http.Response.OnStarting(static state =>
        {
            ((HttpResponse)state).Headers.XContentTypeOptions = "nosniff";
            return Task.CompletedTask;
        }, http.Response);
        return next(http);
    }
}

public static class ResponseHeadersApplicationBuilderExtensions
{
    /// <summary>First in the pipeline, beside the request id, so no answer leaves without the headers.</summary>
    public static IApplicationBuilder UseClawithResponseHeaders(this IApplicationBuilder app) =>
        app.UseMiddleware<ResponseHeadersMiddleware>();
}
