using OpenTelemetry.Exporter;

namespace Clawith.Graph.Observability;

/// <summary>
/// The <c>Observability</c> section of appsettings.json. Everything that sends data anywhere is off
/// by default: with no exporter configured the server opens no connection of its own.
/// </summary>
public sealed class ObservabilityOptions
{
    public const string Section = "Observability";

    /// <summary>Collect traces: ASP.NET Core requests, GraphQL operations, EF Core commands.</summary>
    public bool Tracing { get; set; }

    /// <summary>Collect metrics: ASP.NET Core and Kestrel, EF Core, the .NET runtime.</summary>
    public bool Metrics { get; set; }

    /// <summary>An OTLP collector's base address (e.g. http://localhost:4317); empty sends nothing.</summary>
    public string OtlpEndpoint { get; set; } = "";

    public OtlpExportProtocol OtlpProtocol { get; set; } = OtlpExportProtocol.Grpc;

    /// <summary>Also write the collected spans and metrics to the console (for development).</summary>
    public bool ConsoleExporter { get; set; }

    /// <summary>One JSON object per log line instead of the plain console format.</summary>
    public bool JsonLogs { get; set; }

    /// <summary>
    /// Whether spans carry SQL text and the GraphQL document. Unset: only in Development, since
    /// documents and statements can hold user data and traces often leave the machine.
    /// </summary>
    public bool? RecordQueryText { get; set; }

    /// <summary>The <c>service.name</c> every span and metric is tagged with.</summary>
    public string ServiceName { get; set; } = "Clawith.Graph";
}
