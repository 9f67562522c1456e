using System.Diagnostics;
using System.Text.RegularExpressions;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Observability;

/// <summary>SQL text and GraphQL documents can hold user data, and traces usually leave the machine.</summary>
[Collection(ObservabilityCollection.Name)]
public sealed partial class QueryTextTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private const string SqlSource = "OpenTelemetry.Instrumentation.EntityFrameworkCore";
    private static readonly string[] SqlTextTags = ["db.statement", "db.query.text"];

    [Fact]
    public async Task Outside_Development_spans_carry_neither_sql_text_nor_the_graphql_document()
    {
        await using var observed = ObservedApp.Start(app, new() { ["Tracing"] = "true" });

        var spans = await TraceOfOneRequestAsync(observed);

        Assert.Contains(spans, span => span.Source.Name == SqlSource);
        Assert.All(spans, span =>
        {
            Assert.DoesNotContain(span.TagObjects, tag => SqlTextTags.Contains(tag.Key) || tag.Key == "graphql.document");
            Assert.DoesNotContain(span.TagObjects, tag => tag.Value is string text && LooksLikeQueryText(text));
        });
    }

    [Fact]
    public async Task RecordQueryText_puts_the_sql_text_and_the_graphql_document_in_spans()
    {
        await using var observed = ObservedApp.Start(app, new() { ["Tracing"] = "true", ["RecordQueryText"] = "true" });

        var spans = await TraceOfOneRequestAsync(observed);

        AssertQueryTextRecorded(spans);
    }

    [Fact]
    public async Task In_Development_spans_carry_the_sql_text_and_the_graphql_document_unless_turned_off()
    {
        await using (var development = ObservedApp.Start(app, new() { ["Tracing"] = "true" }, environment: "Development"))
            AssertQueryTextRecorded(await TraceOfOneRequestAsync(development));

        await using var turnedOff = ObservedApp.Start(app, new() { ["Tracing"] = "true", ["RecordQueryText"] = "false" }, environment: "Development");
        var spans = await TraceOfOneRequestAsync(turnedOff);
        Assert.DoesNotContain(spans, span => span.TagObjects.Any(tag => tag.Value is string text && LooksLikeQueryText(text)));
    }

    private static async Task<IReadOnlyList<Activity>> TraceOfOneRequestAsync(ObservedApp observed)
    {
        var trace = ActivityTraceId.CreateRandom();
        (await observed.PostAtlasSessionsAsync(trace)).ShouldSucceed();
        return await observed.TraceAsync(trace);
    }

    private static void AssertQueryTextRecorded(IReadOnlyList<Activity> spans)
    {
        var commands = spans.Where(span => span.Source.Name == SqlSource).ToList();
        Assert.NotEmpty(commands);
        Assert.All(commands, command => Assert.Contains(command.TagObjects, tag => SqlTextTags.Contains(tag.Key) && LooksLikeQueryText((string)tag.Value!)));
        var operation = Assert.Single(spans, span => span.Source.Name == "GraphQL");
        Assert.Contains("sessions(agentId: $agentId)", (string?)operation.GetTagItem("graphql.document"));
    }

    /// <summary>A statement of the app's or the request's document; a summary such as "SELECT chat_sessions" is neither.</summary>
    private static bool LooksLikeQueryText(string text) => QueryText().IsMatch(text);

    [GeneratedRegex(@"\bFROM\b|\$agentId")]
    private static partial Regex QueryText();
}
