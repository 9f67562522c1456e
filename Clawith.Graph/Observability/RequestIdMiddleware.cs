using System.Text.RegularExpressions;
using Microsoft.Extensions.Primitives;

namespace Clawith.Graph.Observability;

/// <summary>
/// Every response carries its request id in <c>X-Request-Id</c>. A well-formed id sent by the client or a
/// proxy (nginx's <c>$request_id</c>, a load balancer's) is adopted, so its logs and ours line up;
/// otherwise the id is ASP.NET Core's own <see cref="HttpContext.TraceIdentifier"/>, which its logging
/// scope already writes as <c>RequestId</c> on every line of the request.
/// </summary>
public sealed partial class RequestIdMiddleware(RequestDelegate next, ILogger<RequestIdMiddleware> logger)
{
    public const string Header = "X-Request-Id";

    public async Task InvokeAsync(HttpContext http)
    {
        // On starting rather than now: an exception handler clears the headers set before it ran.
        http.Response.OnStarting(static state =>
        {
            var context = (HttpContext)state;
            context.Response.Headers[Header] = context.TraceIdentifier;
            return Task.CompletedTask;
        }, http);

        if (Adoptable(http.Request.Headers[Header]) is not { } adopted)
        {
            await next(http);
            return;
        }
        // ASP.NET Core's scope took the generated id before any middleware ran; this inner one names the adopted id.
        http.TraceIdentifier = adopted;
        using (logger.BeginScope("RequestId:{RequestId}", adopted))
            await next(http);
    }

    /// <summary>One value, short, and made of characters that cannot forge a log line or a header.</summary>
    private static string? Adoptable(StringValues values) =>
        values is [{ } value] && WellFormed().IsMatch(value) ? value : null;

    [GeneratedRegex(@"^[A-Za-z0-9._:+/=-]{1,128}\z")]
    private static partial Regex WellFormed();
}

public static class RequestIdApplicationBuilderExtensions
{
    /// <summary>First in the pipeline, so every later middleware and every response sees the id.</summary>
    public static IApplicationBuilder UseClawithRequestId(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestIdMiddleware>();
}
