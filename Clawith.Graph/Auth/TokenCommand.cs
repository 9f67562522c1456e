using Clawith.Graph.Data;
using Clawith.Graph.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Console;

namespace Clawith.Graph.Auth;

/// <summary><c>dotnet run --project Clawith.Graph -- token &lt;username|user-id&gt;</c>: a development token for a user.</summary>
public static class TokenCommand
{
    public const string Name = "token";

    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>Logs go to stderr, so <c>TOKEN=$(dotnet run … -- token alice)</c> captures the token alone.</summary>
    public static void SendLogsToStandardError(WebApplicationBuilder builder) =>
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args.Length != 2)
        {
            await Console.Error.WriteLineAsync("usage: dotnet run --project Clawith.Graph -- token <username|user-id>");
            return 2;
        }
        var who = args[1];
        await using var scope = services.CreateAsyncScope();
        await using var db = await services.GetRequiredService<IDbContextFactory<ClawithDbContext>>().CreateDbContextAsync();
        var id = Guid.TryParse(who, out var given)
            ? given
            : await db.Users.Where(u => u.Identity!.Username == who).Select(u => (Guid?)u.Id).FirstOrDefaultAsync();
        // The user as the server reads them (a role label it does not know included), for the token to say what is stored.
        var user = id is { } userId ? await scope.ServiceProvider.GetRequiredService<UserLoader>().LoadAsync(userId, CancellationToken.None) : null;
        if (user is null)
        {
            await Console.Error.WriteLineAsync($"No user '{who}' in the database.");
            return 1;
        }
        if (user.IsActive == false)
            await Console.Error.WriteLineAsync($"Warning: '{who}' is inactive; the server will not accept this token.");
        Console.WriteLine(services.GetRequiredService<TokenIssuer>().Issue(user));
        return 0;
    }
}
