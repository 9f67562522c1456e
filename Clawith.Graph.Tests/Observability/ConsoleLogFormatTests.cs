using System.Text.Json.Nodes;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Clawith.Graph.Tests.Observability;

/// <summary>The console formatter the app chose, writing a line inside a request's scope as it would on stdout.</summary>
[Collection(ObservabilityCollection.Name)]
public sealed class ConsoleLogFormatTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Fact]
    public async Task With_json_logs_a_line_is_one_json_object_carrying_the_request_id()
    {
        await using var observed = ObservedApp.Start(app, new() { ["JsonLogs"] = "true" });

        var line = JsonNode.Parse(WriteInRequestScope(observed, "req-42"))!;

        Assert.Equal("Clawith.Graph", (string?)line["Category"]);
        Assert.Equal("Session renamed", (string?)line["Message"]);
        Assert.NotNull((string?)line["Timestamp"]);
        Assert.Contains(line["Scopes"]!.AsArray(), scope => (string?)scope!["RequestId"] == "req-42");
    }

    [Fact]
    public async Task By_default_a_line_is_plain_text_followed_by_its_request_id()
    {
        await using var observed = ObservedApp.Start(app);

        var text = WriteInRequestScope(observed, "req-42");

        Assert.Contains("Session renamed", text);
        Assert.Contains("=> RequestId:req-42", text);
    }

    private static string WriteInRequestScope(ObservedApp observed, string requestId)
    {
        var name = observed.Services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.FormatterName;
        var formatter = observed.Services.GetServices<ConsoleFormatter>().Single(formatter => formatter.Name == name);
        var scopes = new LoggerExternalScopeProvider();
        using var scope = scopes.Push(new RequestScope(requestId));
        using var output = new StringWriter();
        formatter.Write(new LogEntry<string>(LogLevel.Information, "Clawith.Graph", new EventId(1), "Session renamed", null, (state, _) => state),
            scopes, output);
        return output.ToString();
    }

    /// <summary>Shaped as ASP.NET Core's request scope: structured values, and a text for plain formatters.</summary>
    private sealed class RequestScope(string requestId) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        private readonly KeyValuePair<string, object?>[] _values = [new("RequestId", requestId)];

        public int Count => _values.Length;

        public KeyValuePair<string, object?> this[int index] => _values[index];

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_values).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => $"RequestId:{requestId}";
    }
}
