using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Rest;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Clawith.Graph.Tests.Resilience;

/// <summary>A client that hangs up mid-request cancels the SQL running for it: the request's token reaches EF.</summary>
public sealed class CancellationTests(ClawithAppFactory world) : IClassFixture<ClawithAppFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static TheoryData<string, string> Requests => new()
    {
        { "a GraphQL query", "chat_messages" },
        { "a GraphQL mutation", "chat_sessions" },
        { "a REST route", "chat_messages" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_client_that_disconnects_cancels_the_query_running_for_it(string request, string table)
    {
        using var hold = new CommandHold(table);
        await using var server = ServerWith(hold);
        using var hangUp = new CancellationTokenSource();

        var call = SendAsync(server, request, hangUp.Token);
        await hold.Held.WaitAsync(Patience);
        await hangUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Patience));
        Assert.IsAssignableFrom<OperationCanceledException>(await hold.Ended.WaitAsync(Patience));
        Assert.True(hold.EndedByItsToken);
    }

    [PostgresFact]
    public async Task A_client_that_disconnects_stops_its_statement_on_the_PostgreSQL_server()
    {
        const string Sleep = "SELECT pg_sleep(120)";
        using var hold = new CommandHold("chat_messages", async (command, token) =>
        {
            await using var slow = command.Connection!.CreateCommand();
            slow.Transaction = command.Transaction;
            slow.CommandText = Sleep;
            await slow.ExecuteNonQueryAsync(token);
        });
        await using var server = ServerWith(hold);
        using var hangUp = new CancellationTokenSource();
        var sleeping = $"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND query = '{Sleep}'";

        var call = SendAsync(server, "a REST route", hangUp.Token);
        await Eventually.HoldsAsync(async () => await CountAsync(sleeping) == 1, "the statement to run on the server");
        await hangUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Patience));
        await Eventually.HoldsAsync(async () => await CountAsync(sleeping) == 0, "the server to stop the statement (it would sleep 120 s)");
        var ended = await hold.Ended.WaitAsync(Patience);
        Assert.Equal(PostgresErrorCodes.QueryCanceled, Assert.IsType<PostgresException>(ended?.InnerException).SqlState);
        Assert.True(hold.EndedByItsToken);
    }

    private WebApplicationFactory<Program> ServerWith(CommandHold hold) =>
        world.WithWebHostBuilder(host => host.ConfigureServices(services => services.AddSingleton<IInterceptor>(hold)));

    /// <summary>One read or write of the creator's web chat, sent so the client can hang up on it.</summary>
    private Task<HttpResponseMessage> SendAsync(WebApplicationFactory<Program> server, string request, CancellationToken hangUp)
    {
        var http = server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", world.TokenFor(TestWorld.Creator));
        var (agent, session) = (TestWorld.Atlas, TestWorld.CreatorWeb);
        return request switch
        {
            "a REST route" => http.GetAsync(RestCalls.MessagesPath(agent, session), hangUp),
            "a GraphQL mutation" => http.PostAsync("/graphql", Json(
                "mutation($input: RenameSessionInput!) { renameSession(input: $input) { session { title } } }",
                new { input = new { agentId = agent, sessionId = session, title = "never saved" } }), hangUp),
            _ => http.PostAsync("/graphql", Json(
                "query($a: UUID!, $s: UUID!) { session(agentId: $a, id: $s) { messages { nodes { content } } } }",
                new { a = agent, s = session }), hangUp),
        };
    }

    private static StringContent Json(string query, object variables) =>
        new(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json");

    private async Task<long> CountAsync(string sql) =>
        long.Parse((await PostgresTestDatabase.QueryAsync(world.DatabaseConnectionString, sql)).Single());
}
