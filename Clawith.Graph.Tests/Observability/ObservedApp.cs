using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Clawith.Graph.Tests.Observability;

/// <summary>
/// The app of a <see cref="ClawithAppFactory"/> (same settings, same seeded database) with the
/// <c>Observability</c> settings a test chooses, and in-memory exporters and a log capture injected the way
/// an operator's own exporter would be: they receive data only if the app's configuration builds a tracer or
/// meter provider.
/// </summary>
public sealed class ObservedApp : IAsyncDisposable
{
    public const string AtlasSessions = """
        query AtlasSessions($agentId: UUID!) {
          sessions(agentId: $agentId) { totalCount nodes { title agent { name } } }
        }
        """;

    /// <summary>The span id the test client claims for itself in its traceparent: the server span's parent.</summary>
    public static readonly ActivitySpanId ClientSpan = ActivitySpanId.CreateFromString("b7ad6b7169203331");

    private readonly ClawithAppFactory _app;
    private readonly WebApplicationFactory<Program> _factory;

    private ObservedApp(ClawithAppFactory app, string? environment, IReadOnlyDictionary<string, string> settings)
    {
        _app = app;
        _factory = app.WithWebHostBuilder(web =>
        {
            if (environment is not null)
                web.UseEnvironment(environment);
            foreach (var (key, value) in settings)
                web.UseSetting(key, value);
            web.ConfigureServices(services =>
            {
                services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans));
                services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(Metrics));
                services.AddLogging(logging => logging.AddProvider(Logs).AddFilter<CapturedLogs>(null, LogLevel.Information));
            });
        });
    }

    public Recorded<Activity> Spans { get; } = [];

    public Recorded<MetricSnapshot> Metrics { get; } = [];

    public CapturedLogs Logs { get; } = new();

    public IServiceProvider Services => _factory.Services;

    /// <summary>Builds and starts the app; <paramref name="settings"/> are keys under <c>Observability</c>.</summary>
    public static ObservedApp Start(ClawithAppFactory app, Dictionary<string, string>? settings = null, string? environment = null)
    {
        var observed = new ObservedApp(app, environment,
            (settings ?? new Dictionary<string, string>()).ToDictionary(pair => $"Observability:{pair.Key}", pair => pair.Value));
        try
        {
            _ = observed._factory.Server;
            return observed;
        }
        catch
        {
            observed._factory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// <see cref="AtlasSessions"/> as the creator of Atlas, made part of <paramref name="trace"/> by a W3C
    /// traceparent header, with an <c>X-Request-Id</c> when one is given.
    /// </summary>
    public async Task<GraphResponse> PostAtlasSessionsAsync(ActivityTraceId trace, string? requestId = null)
    {
        var body = JsonSerializer.Serialize(new { query = AtlasSessions, variables = new { agentId = TestWorld.Atlas } });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _app.TokenFor(TestWorld.Creator));
        request.Headers.Add("traceparent", $"00-{trace.ToHexString()}-{ClientSpan.ToHexString()}-01");
        if (requestId is not null)
            request.Headers.TryAddWithoutValidation("X-Request-Id", requestId);
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(request);
        return await GraphResponse.ReadAsync(response);
    }

    public HttpClient CreateClient() => _factory.CreateClient();

    /// <summary>Every span of <paramref name="trace"/>, once its server span (the last to end) has been exported.</summary>
    public async Task<IReadOnlyList<Activity>> TraceAsync(ActivityTraceId trace)
    {
        var spans = await Spans.WhenAsync(spans => spans.Any(span => span.TraceId == trace && span.Kind == ActivityKind.Server));
        return [.. spans.Where(span => span.TraceId == trace)];
    }

    /// <summary>Every log line written under <paramref name="trace"/>, once ASP.NET Core has logged the request as finished.</summary>
    public async Task<IReadOnlyList<LogLine>> LogLinesAsync(ActivityTraceId trace)
    {
        bool OfTrace(LogLine line) => line.Scoped("TraceId").Contains(trace.ToHexString());
        var lines = await Logs.Lines.WhenAsync(lines => lines.Any(line => OfTrace(line) && line.Message.StartsWith("Request finished", StringComparison.Ordinal)));
        return [.. lines.Where(OfTrace)];
    }

    /// <summary>Collects metrics until one named <paramref name="name"/> has a point that <paramref name="matches"/>.</summary>
    public async Task<MetricPoint> MetricPointAsync(string name, Func<MetricPoint, bool> matches)
    {
        var meters = Services.GetRequiredService<MeterProvider>();
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            Assert.True(deadline.Elapsed < Recorded<MetricSnapshot>.Patience, $"No {name} point recorded within {Recorded<MetricSnapshot>.Patience.TotalSeconds} s.");
            meters.ForceFlush();
            foreach (var metric in Metrics.Snapshot().Where(metric => metric.Name == name))
                foreach (var point in metric.MetricPoints.Where(matches))
                    return point;
            // The hosting layer records a request's duration once the response has been handed over: poll for it.
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
