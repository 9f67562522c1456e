namespace Clawith.Graph.Observability;

internal static class ConsoleLogging
{
    /// <summary>
    /// Scopes are what tie a line to its request: ASP.NET Core opens one with <c>RequestId</c> and
    /// <c>RequestPath</c>, activity tracking adds <c>TraceId</c> and <c>SpanId</c>, and
    /// <see cref="RequestIdMiddleware"/> adds an adopted <c>RequestId</c>. Both formatters hide them unless told.
    /// </summary>
    public static ILoggingBuilder AddClawithConsole(this ILoggingBuilder logging, ObservabilityOptions options) =>
        options.JsonLogs
            ? logging.AddJsonConsole(json =>
            {
                json.IncludeScopes = true;
                json.UseUtcTimestamp = true;
                json.TimestampFormat = "O";
            })
            : logging.AddSimpleConsole(simple => simple.IncludeScopes = true);
}
