using System.Diagnostics;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace Clawith.Graph.Tests.Observability;

[Collection(ObservabilityCollection.Name)]
public sealed class MetricsTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Fact]
    public async Task With_metrics_on_a_request_records_its_duration_under_its_route_and_status()
    {
        await using var observed = ObservedApp.Start(app, new() { ["Metrics"] = "true" });

        (await observed.PostAtlasSessionsAsync(ActivityTraceId.CreateRandom())).ShouldSucceed();

        var point = await observed.MetricPointAsync("http.server.request.duration",
            point => Tag(point, "http.route") is "/graphql" && Tag(point, "http.request.method") is "POST");
        Assert.Equal(200, Convert.ToInt32(Tag(point, "http.response.status_code")));
        Assert.True(point.GetHistogramCount() >= 1);
    }

    [Fact]
    public async Task Metrics_are_off_by_default()
    {
        await using var observed = ObservedApp.Start(app);

        (await observed.PostAtlasSessionsAsync(ActivityTraceId.CreateRandom())).ShouldSucceed();

        Assert.Null(observed.Services.GetService<MeterProvider>());
        Assert.Empty(observed.Metrics.Snapshot());
    }

    private static object? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
            if (tag.Key == key)
                return tag.Value;
        return null;
    }
}
