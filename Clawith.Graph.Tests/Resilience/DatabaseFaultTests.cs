using System.Diagnostics;
using System.Net;
using Clawith.Graph.Data.Resilience;
using Clawith.Graph.Schema.Errors;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Abstractions;

namespace Clawith.Graph.Tests.Resilience;

/// <summary>
/// The database fails under load — SQLite: another connection holds the write lock; PostgreSQL: the
/// database refuses connections and the server's are cut — and comes back, with no restart of the server.
/// </summary>
public sealed class DatabaseFaultTests(ITestOutputHelper output)
{
    private const int Clients = 4;
    private static readonly string Unavailable = CodedExecutionError.DatabaseUnavailable().Message;

    [Fact]
    public async Task Clients_get_retryable_coded_errors_while_the_database_is_out_and_everything_works_again_when_it_returns()
    {
        await using var world = await ClawithAppFactory.CreateAsync();
        var failures = new TransientFailureCounter();
        await using var server = ServerUnderTest.On(world, failures,
            ($"{DatabaseResilienceOptions.Section}:BusyTimeoutMilliseconds", "500"),
            ($"{DatabaseResilienceOptions.Section}:MaxRetryCount", "2"),
            ($"{DatabaseResilienceOptions.Section}:MaxRetryDelayMilliseconds", "200"));
        var recorder = new SoakRecorder();
        var clients = await SoakWorld.ClientsAsync(world, [server], recorder, Clients, seed: 7);
        var probe = new SessionApi(SoakWorld.SignedIn(world, server, TestWorld.Creator), TestWorld.Atlas);
        await using var fault = DatabaseFault.For(world);
        using var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var load = clients.Select(client => Task.Run(() => client.RunAsync(int.MaxValue, stop.Token))).ToList();

        await Eventually.HoldsAsync(() => recorder.Acknowledged >= 40, "the clients to get going");
        await fault.BreakAsync();
        await Eventually.HoldsAsync(async () => await HealthAsync(server) == HttpStatusCode.ServiceUnavailable, "/healthz to say 503");
        AssertRetryable(await probe.CreateAsync(Door.GraphQL, "during the fault"));
        AssertRetryable(await probe.CreateAsync(Door.Rest, "during the fault"), rest: true);
        await Eventually.HoldsAsync(() => recorder.BusyAnswers > 0, "the clients to meet the fault");
        var acknowledgedDuringFault = recorder.Acknowledged;

        await fault.RestoreAsync();
        await Eventually.HoldsAsync(async () => await HealthAsync(server) == HttpStatusCode.OK, "/healthz to say 200 again");
        var created = await AnsweredAsync(() => probe.CreateAsync(Door.GraphQL, "after the fault"));
        Assert.Equal(Ack.Done, created.Ack);
        Assert.Equal(Ack.Done, (await AnsweredAsync(() => probe.RenameAsync(Door.Rest, created.Id, "renamed after the fault"))).Ack);
        Assert.Equal("renamed after the fault", (await AnsweredAsync(() => probe.ReadAsync(Door.GraphQL, created.Id))).Title);
        Assert.Equal(Ack.Done, (await AnsweredAsync(() => probe.DeleteAsync(Door.GraphQL, created.Id))).Ack);
        await Eventually.HoldsAsync(() => recorder.Acknowledged >= acknowledgedDuringFault + 40, "the clients to carry on");
        await stop.CancelAsync();
        await Task.WhenAll(load);

        output.WriteLine(recorder.Figures($"Fault on {TestDatabase.Provider} ({fault.Description}), {Clients} clients", clock.Elapsed, failures.Count));
        Assert.Empty(recorder.Problems);
        Assert.All(recorder.ServerErrors, status => Assert.Equal((int)HttpStatusCode.ServiceUnavailable, status));
        await NothingLost.AssertAsync(world, clients);
        await using var db = await world.NewDbContextAsync();
        await DatabaseIntegrity.AssertSoundAsync(db);
    }

    /// <summary>A coded, retryable answer with nothing of the failure's insides: a 503, or GraphQL's code, with Retry-After.</summary>
    private static void AssertRetryable(Answer answer, bool rest = false)
    {
        Assert.Equal(Ack.Busy, answer.Ack);
        answer.Response.ShouldNotLeakInternals();
        if (rest)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Response.Status);
            Assert.Equal(TimeSpan.FromSeconds(1), answer.Response.Headers.RetryAfter?.Delta);
            Assert.Equal(Unavailable, (string?)answer.Response.Json["detail"]);
            return;
        }
        Assert.Contains(answer.Response.Status, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable });
        Assert.Equal(TimeSpan.FromSeconds(1), answer.Response.Headers.RetryAfter?.Delta);
        Assert.Equal(ErrorCodes.DatabaseUnavailable, answer.Response.ErrorCode());
        Assert.Equal(Unavailable, answer.Response.ErrorMessage());
    }

    /// <summary>A call sent again while the server still answers busy (a dropped pooled connection may cost a retry or two).</summary>
    private static async Task<Answer> AnsweredAsync(Func<Task<Answer>> call)
    {
        var answer = await call();
        for (var attempt = 0; answer.Ack == Ack.Busy && attempt < 20; attempt++)
        {
            await Task.Delay(200);
            answer = await call();
        }
        return answer;
    }

    private static async Task<HttpStatusCode> HealthAsync(WebApplicationFactory<Program> server)
    {
        using var response = await server.CreateClient().GetAsync("/healthz");
        return response.StatusCode;
    }
}
