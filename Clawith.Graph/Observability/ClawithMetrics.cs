using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace Clawith.Graph.Observability;

internal static class ClawithMetrics
{
    /// <summary>
    /// ASP.NET Core's and Kestrel's meters (<c>http.server.request.duration</c>, active requests and
    /// connections), EF Core's, and the runtime's (GC, thread pool, CPU), all built into .NET 10.
    /// </summary>
    public static OpenTelemetryBuilder WithClawithMetrics(this OpenTelemetryBuilder telemetry, ObservabilityOptions options, OtlpTarget? otlp) =>
        telemetry.WithMetrics(metrics =>
        {
            metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter("Microsoft.EntityFrameworkCore", "System.Runtime");
            if (options.ConsoleExporter)
                metrics.AddConsoleExporter();
            if (otlp is not null)
                metrics.AddOtlpExporter(exporter => otlp.Apply(exporter, OtlpTarget.MetricsPath));
        });
}
