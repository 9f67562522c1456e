using OpenTelemetry.Exporter;

namespace Clawith.Graph.Observability;

/// <summary>Where traces and metrics go over OTLP, when <c>Observability:OtlpEndpoint</c> names a collector.</summary>
internal sealed record OtlpTarget(Uri BaseAddress, OtlpExportProtocol Protocol)
{
    public const string TracesPath = "v1/traces";
    public const string MetricsPath = "v1/metrics";

    /// <summary>Null when no endpoint is configured; a clear start-up failure when it is not an http(s) address.</summary>
    public static OtlpTarget? From(ObservabilityOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.OtlpEndpoint))
            return null;
        if (!Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
            throw new InvalidOperationException(
                $"Observability:OtlpEndpoint must be an http or https address such as http://localhost:4317, not '{options.OtlpEndpoint}'.");
        return new OtlpTarget(address, options.OtlpProtocol);
    }

    /// <summary>
    /// An endpoint set in code is used as it is: gRPC takes the collector's address, while OTLP over HTTP
    /// posts each signal to its own path under it.
    /// </summary>
    public void Apply(OtlpExporterOptions exporter, string signalPath)
    {
        exporter.Protocol = Protocol;
        exporter.Endpoint = Protocol == OtlpExportProtocol.HttpProtobuf
            ? new Uri($"{BaseAddress.AbsoluteUri.TrimEnd('/')}/{signalPath}")
            : BaseAddress;
    }
}
