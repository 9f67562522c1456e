using Microsoft.Extensions.Logging;

namespace Clawith.Graph.Tests.Observability;

/// <summary>A logger provider that keeps every line with the scopes it was written in, as a console formatter would see them.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public Recorded<LogLine> Lines { get; } = [];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(string category, CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => logs._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<IReadOnlyList<KeyValuePair<string, object?>>>();
            logs._scopes.ForEachScope((scope, list) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object?>> values)
                    list.Add([.. values]);
            }, scopes);
            logs.Lines.Add(new LogLine(category, eventId, formatter(state, exception), scopes) { Level = logLevel });
        }
    }
}

/// <summary>One log line and its scopes, outermost first.</summary>
public sealed record LogLine(string Category, EventId EventId, string Message, IReadOnlyList<IReadOnlyList<KeyValuePair<string, object?>>> Scopes)
{
    public LogLevel Level { get; init; }

    /// <summary>The values the line's scopes give <paramref name="key"/>, outermost first.</summary>
    public IReadOnlyList<string?> Scoped(string key) =>
        [.. Scopes.SelectMany(scope => scope).Where(pair => pair.Key == key).Select(pair => pair.Value?.ToString())];
}
