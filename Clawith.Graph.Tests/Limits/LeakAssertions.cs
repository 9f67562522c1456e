using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Limits;

/// <summary>What must never reach a client outside Development: stack traces, .NET type names, SQL.</summary>
public static class LeakAssertions
{
    private static readonly string[] Telltales =
    [
        "   at ", "Exception", "System.", "Microsoft.", "Clawith.Graph", "Npgsql", "SQLite Error", "SqliteException",
        "SELECT ", "FROM ", "WHERE ", "chat_sessions", "chat_messages", "no_such_table",
    ];

    public static GraphResponse ShouldNotLeakInternalsOrSql(this GraphResponse response)
    {
        foreach (var telltale in Telltales)
            Assert.False(response.Body.Contains(telltale, StringComparison.Ordinal), $"The response shows '{telltale}': {response.Body}");
        return response;
    }
}
