using System.Diagnostics;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Clawith.Graph.Tests.Observability;

[Collection(ObservabilityCollection.Name)]
public sealed class OtlpExportTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Fact]
    public async Task With_an_otlp_endpoint_spans_and_metrics_are_posted_to_the_collector_over_http()
    {
        await using var collector = await FakeOtlpCollector.StartAsync();
        await using var observed = ObservedApp.Start(app, new()
        {
            ["Tracing"] = "true",
            ["Metrics"] = "true",
            ["OtlpEndpoint"] = collector.Address.ToString(),
            ["OtlpProtocol"] = "HttpProtobuf",
        });
        var trace = ActivityTraceId.CreateRandom();

        (await observed.PostAtlasSessionsAsync(trace)).ShouldSucceed();
        await observed.TraceAsync(trace);
        observed.Services.GetRequiredService<TracerProvider>().ForceFlush();
        observed.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var posts = await collector.Posts.WhenAsync(posts => posts.Any(post => post.Signal == "traces") && posts.Any(post => post.Signal == "metrics"));
        Assert.All(posts, post =>
        {
            Assert.Equal("application/x-protobuf", post.ContentType);
            Assert.True(post.Length > 0);
        });
    }

    [Theory]
    [InlineData("localhost:4317")]
    [InlineData("/v1/traces")]
    [InlineData("ftp://collector:4317")]
    public void An_otlp_endpoint_that_is_not_an_http_address_stops_the_app_at_start_with_a_clear_message(string endpoint)
    {
        var failure = Record.Exception(() => ObservedApp.Start(app, new() { ["Tracing"] = "true", ["OtlpEndpoint"] = endpoint }));

        Assert.NotNull(failure);
        Assert.Contains(Messages(failure), message =>
            message.StartsWith("Observability:OtlpEndpoint must be an http or https address", StringComparison.Ordinal) && message.Contains(endpoint));
    }

    private static IEnumerable<string> Messages(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
            yield return current.Message;
    }
}
