using System.Data;
using System.Diagnostics;
using GraphQL.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Clawith.Graph.Observability;

internal static class ClawithTracing
{
    /// <summary>Where the EF Core instrumentation puts a command's text (old and new semantic conventions).</summary>
    private static readonly string[] SqlTextTags = ["db.statement", "db.query.text"];

    /// <summary>
    /// One trace per request: the ASP.NET Core server span, GraphQL.NET's operation span (named after the
    /// operation, with <c>graphql.operation.name</c> and <c>graphql.operation.type</c>; the GraphQL set-up
    /// emits it, <c>AddClawithGraph</c>), and an EF Core span per SQL command under it.
    /// </summary>
    public static OpenTelemetryBuilder WithClawithTracing(
        this OpenTelemetryBuilder telemetry, ObservabilityOptions options, OtlpTarget? otlp, bool recordQueryText)
    {
        return telemetry.WithTracing(tracing =>
        {
            tracing
                .AddAspNetCoreInstrumentation(http => http.EnrichWithHttpResponse = TagRequestId)
                .AddSource(GraphQLTelemetryProvider.SourceName)
                .AddEntityFrameworkCoreInstrumentation(ef =>
                {
                    if (!recordQueryText)
                        ef.EnrichWithIDbCommand = RemoveSqlText;
                });
            if (options.ConsoleExporter)
                tracing.AddConsoleExporter();
            if (otlp is not null)
                tracing.AddOtlpExporter(exporter => otlp.Apply(exporter, OtlpTarget.TracesPath));
        });
    }

    /// <summary>The id a client quotes in a bug report finds its trace (semantic convention for response headers).</summary>
    private static void TagRequestId(Activity activity, HttpResponse response) =>
        activity.SetTag("http.response.header.x-request-id", new[] { response.HttpContext.TraceIdentifier });

    /// <summary>Runs once the instrumentation has tagged the command: setting a tag to null removes it.</summary>
    private static void RemoveSqlText(Activity activity, IDbCommand command)
    {
        foreach (var tag in SqlTextTags)
            activity.SetTag(tag, null);
    }
}
