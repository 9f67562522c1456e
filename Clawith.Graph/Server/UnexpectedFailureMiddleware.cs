using Clawith.Graph.Schema.Errors;

namespace Clawith.Graph.Server;

/// <summary>
/// An exception nothing else answered — thrown while the bearer token's user is loaded, in a REST route,
/// in any middleware — is logged in full and answered 500 with a coded error in the caller's shape
/// (<see cref="CodedErrorResponse"/>), carrying the request id like every answer. Without it the server
/// sends an empty 500 without the id, and the operator cannot tie the client's report to the log.
/// GraphQL fields, transient database failures (503) and REST refusals are answered before it.
/// </summary>
public sealed class UnexpectedFailureMiddleware(RequestDelegate next, ILogger<UnexpectedFailureMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && http.RequestAborted.IsCancellationRequested))
        {
            logger.LogError(exception, "{Method} {Path} failed unexpectedly", http.Request.Method, http.Request.Path);
            // Part of an answer is on its way: nothing can be said any more but an aborted connection.
            if (http.Response.HasStarted)
                throw;
            http.Response.Clear();
            await CodedErrorResponse.WriteAsync(http, StatusCodes.Status500InternalServerError, CodedExecutionError.Unexpected());
        }
    }
}

public static class UnexpectedFailureApplicationBuilderExtensions
{
    /// <summary>Just inside the request id and response headers, outside everything that may throw.</summary>
    public static IApplicationBuilder UseClawithUnexpectedFailureAnswers(this IApplicationBuilder app) =>
        app.UseMiddleware<UnexpectedFailureMiddleware>();
}
