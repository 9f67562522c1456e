namespace Clawith.Graph.Tests.Infrastructure;

/// <summary>
/// What must never reach a client: stack traces, exception and .NET type names, and SQL. One list for
/// every test that checks a body, so a telltale added here is checked everywhere.
/// </summary>
public static class InternalsLeak
{
    private static readonly string[] Telltales =
    [
        "   at ", ".cs:line", "Exception", "System.", "Microsoft.", "Clawith.Graph", "Npgsql", "SQLite", "Sqlite",
        "SELECT ", "FROM ", "WHERE ", "INSERT INTO", "UPDATE ", "chat_sessions", "chat_messages", "no_such_table",
    ];

    /// <summary>The first telltale <paramref name="body"/> shows, or null when it shows none.</summary>
    public static string? FirstIn(string body) =>
        Telltales.FirstOrDefault(telltale => body.Contains(telltale, StringComparison.Ordinal));

    public static GraphResponse ShouldNotLeakInternals(this GraphResponse response)
    {
        var telltale = FirstIn(response.Body);
        Assert.True(telltale is null, $"The response shows '{telltale}': {response.Body}");
        return response;
    }
}
