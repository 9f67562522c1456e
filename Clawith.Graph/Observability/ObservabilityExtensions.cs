using OpenTelemetry.Resources;

namespace Clawith.Graph.Observability;

public static class ObservabilityExtensions
{
    /// <summary>
    /// Console logs with scopes (the request id and trace id on every line of a request), and traces and
    /// metrics when the <c>Observability</c> section turns them on. With both off, OpenTelemetry is not registered at all.
    /// </summary>
    public static IHostApplicationBuilder AddClawithObservability(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ObservabilityOptions.Section).Get<ObservabilityOptions>() ?? new ObservabilityOptions();
        var otlp = OtlpTarget.From(options);
        var queryText = QueryTextRecording.From(options, builder.Environment);
        builder.Services.AddSingleton(queryText);
        builder.Logging.AddClawithConsole(options);
        if (!options.Tracing && !options.Metrics)
            return builder;

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName));
        if (options.Tracing)
            telemetry.WithClawithTracing(options, otlp, queryText.Recorded);
        if (options.Metrics)
            telemetry.WithClawithMetrics(options, otlp);
        return builder;
    }
}
