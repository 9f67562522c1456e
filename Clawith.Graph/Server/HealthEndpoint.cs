using System.Globalization;
using Clawith.Graph.Data.Resilience;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Clawith.Graph.Server;

/// <summary>
/// <c>GET /healthz</c>: 200 "Healthy" when the database answers, 503 "Unhealthy" with <c>Retry-After</c>
/// (a probe, like a client, may try again shortly) when it does not. GET and HEAD only: another method is
/// a 405 with <c>Allow</c>, as for any route.
/// </summary>
public static class HealthEndpoint
{
    public const string Path = "/healthz";

    public static IEndpointRouteBuilder MapClawithHealth(this IEndpointRouteBuilder endpoints)
    {
        var retryAfter = endpoints.ServiceProvider.GetRequiredService<DatabaseResilienceOptions>().RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        endpoints.MapHealthChecks(Path, new HealthCheckOptions
        {
            ResponseWriter = async (http, report) =>
            {
                if (report.Status == HealthStatus.Unhealthy)
                    http.Response.Headers.RetryAfter = retryAfter;
                http.Response.ContentType = "text/plain";
                if (!HttpMethods.IsHead(http.Request.Method))
                    await http.Response.WriteAsync(report.Status.ToString(), http.RequestAborted);
            },
        }).WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        return endpoints;
    }
}
