namespace Clawith.Graph.Tests.Observability;

/// <summary>
/// OpenTelemetry listens by source and meter name across the whole process, so a test app with tracing or
/// metrics on would also record the requests of other tests' apps: these tests run alone, after the rest.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ObservabilityCollection
{
    public const string Name = "Observability";
}
