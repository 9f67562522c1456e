using System.Diagnostics;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Clawith.Graph.Tests.Observability;

[Collection(ObservabilityCollection.Name)]
public sealed class TracingTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private static readonly Dictionary<string, string> TracingOn = new() { ["Tracing"] = "true" };

    [Fact]
    public async Task A_request_is_one_trace_from_the_server_span_through_the_graphql_operation_to_its_sql_commands()
    {
        await using var observed = ObservedApp.Start(app, TracingOn);
        var trace = ActivityTraceId.CreateRandom();

        var response = (await observed.PostAtlasSessionsAsync(trace)).ShouldSucceed();

        var spans = await observed.TraceAsync(trace);
        var server = Assert.Single(spans, span => span.Kind == ActivityKind.Server);
        Assert.Equal("Microsoft.AspNetCore", server.Source.Name);
        Assert.Equal(ObservedApp.ClientSpan, server.ParentSpanId);
        Assert.Equal("/graphql", server.GetTagItem("http.route"));
        Assert.Equal(response.Headers.GetValues("X-Request-Id"), (string[]?)server.GetTagItem("http.response.header.x-request-id"));

        var operation = Assert.Single(spans, span => span.Source.Name == "GraphQL");
        Assert.Equal(server.SpanId, operation.ParentSpanId);
        Assert.Equal("AtlasSessions", operation.GetTagItem("graphql.operation.name"));
        Assert.Equal("query", operation.GetTagItem("graphql.operation.type"));
        Assert.Contains("AtlasSessions", operation.DisplayName);

        // The operation's SQL hangs under it; the bearer token's user lookup runs before it, under the server span.
        var commands = spans.Where(span => span.Source.Name == "OpenTelemetry.Instrumentation.EntityFrameworkCore").ToList();
        Assert.All(commands, command =>
        {
            Assert.Equal(ActivityKind.Client, command.Kind);
            Assert.Contains(server.SpanId, Ancestors(command, spans));
        });
        var underOperation = commands.ToLookup(command => Ancestors(command, spans).Contains(operation.SpanId));
        Assert.NotEmpty(underOperation[true]);
        Assert.All(underOperation[false], command => Assert.True(command.StartTimeUtc < operation.StartTimeUtc));
    }

    [Fact]
    public async Task Tracing_is_off_by_default_and_a_request_then_produces_no_span()
    {
        await using var observed = ObservedApp.Start(app);
        var trace = ActivityTraceId.CreateRandom();

        (await observed.PostAtlasSessionsAsync(trace)).ShouldSucceed();

        Assert.Null(observed.Services.GetService<TracerProvider>());
        // The GraphQL and SQL spans end before the response is written: had they been recorded, they would be here.
        Assert.Empty(observed.Spans.Snapshot());
    }

    private static IEnumerable<ActivitySpanId> Ancestors(Activity span, IReadOnlyList<Activity> trace)
    {
        for (var parent = Parent(span); parent is not null; parent = Parent(parent))
            yield return parent.SpanId;

        Activity? Parent(Activity child) => trace.FirstOrDefault(candidate => candidate.SpanId == child.ParentSpanId);
    }
}
