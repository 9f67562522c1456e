namespace Clawith.Graph.Observability;

/// <summary>
/// Whether spans carry SQL text and GraphQL documents (<see cref="ObservabilityOptions.RecordQueryText"/>,
/// unset: only in Development). Registered by <c>AddClawithObservability</c>; the GraphQL set-up reads it
/// for its operation spans, the tracing set-up for its SQL spans.
/// </summary>
public sealed record QueryTextRecording(bool Recorded)
{
    public static QueryTextRecording From(ObservabilityOptions options, IHostEnvironment environment) =>
        new(options.RecordQueryText ?? environment.IsDevelopment());
}
