using System.Globalization;
using Clawith.Graph.Schema.Errors;
using Clawith.Graph.Server;

namespace Clawith.Graph.Data.Resilience;

/// <summary>
/// A request the database fails outside a GraphQL field — while the bearer token's user is loaded, in
/// a REST route's policy or write — because it is busy or out of reach, is answered 503 with
/// Retry-After and a coded error in the caller's own shape (<see cref="CodedErrorResponse"/>): never a
/// 500. GraphQL fields that fail this way are coded by the schema's error handler.
/// </summary>
public sealed class DatabaseOutageMiddleware(
    RequestDelegate next, DatabaseResilienceOptions options, ILogger<DatabaseOutageMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
        }
        catch (Exception exception) when (TransientDatabaseFailure.IsTransient(exception) && !http.Response.HasStarted)
        {
            logger.LogWarning(exception, "{Method} {Path}: the database is busy or out of reach", http.Request.Method, http.Request.Path);
            http.Response.Clear();
            http.Response.Headers.RetryAfter = options.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            await CodedErrorResponse.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, CodedExecutionError.DatabaseUnavailable());
        }
    }
}
