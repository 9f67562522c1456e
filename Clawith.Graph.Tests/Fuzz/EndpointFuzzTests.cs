using System.Diagnostics;
using System.Net;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Limits;
using Clawith.Graph.Tests.Playground;
using Xunit.Abstractions;

namespace Clawith.Graph.Tests.Fuzz;

/// <summary>
/// Hostile input over a real socket to /graphql and the REST routes (<see cref="HostileRequests"/>):
/// never a 5xx, never a hang, nothing of the server's insides in an answer, bounded memory, and the
/// server still answers afterwards. The seed is fixed and printed; set CLAWITH_FUZZ_SEED to replay
/// another, and a failure names its case number. Cases go one after another, so a run replays exactly
/// (concurrent load is the soak test's subject).
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class EndpointFuzzTests(ClawithAppFactory app, ITestOutputHelper output) : IClassFixture<ClawithAppFactory>
{
    private const int DefaultSeed = 20_260_501;
    private const int Cases = 3_400;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    /// <summary>
    /// Generous: buffer pools (the runtime's, Kestrel's) keep a few hundred MiB of this run's buffers for
    /// a while; one of the streamed bodies (400 to 800 MiB) read whole would pass it.
    /// </summary>
    private const long LiveGrowthBound = 1L << 30;

    [Fact]
    public async Task Hostile_requests_get_no_5xx_no_hang_no_internals_and_bounded_memory()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("CLAWITH_FUZZ_SEED"), out var chosen) ? chosen : DefaultSeed;
        output.WriteLine($"Fuzz seed {seed} (replay with CLAWITH_FUZZ_SEED={seed}), {Cases} cases");
        await using var server = KestrelApp.Start(app);
        var requests = new HostileRequests(app.TokenFor(TestWorld.Creator));
        var failures = new List<string>();
        var statuses = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();

        await using (var memory = new MemorySampler())
        {
            // A body with an announced length waits for the server's "100 Continue" or its refusal: without
            // a long wait, a busy machine would start the upload after one second and race the 413.
            using var handler = new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(30) };
            using var http = new HttpClient(handler) { BaseAddress = server.Address, Timeout = Timeout.InfiniteTimeSpan };
            for (var index = 0; index < Cases; index++)
            {
                var request = requests.Create(seed, index);
                var outcome = await SendAsync(http, request);
                var key = $"{request.Kind} {outcome.Status}";
                statuses[key] = statuses.GetValueOrDefault(key) + 1;
                if (outcome.Failure is not null)
                    failures.Add($"case {index} ({request}): {outcome.Failure}");
            }
            output.WriteLine($"{Cases} cases in {clock.Elapsed.TotalSeconds:F1} s; live managed memory peaked at {memory.PeakLive >> 20} MiB " +
                $"({memory.LiveGrowth >> 20} MiB over the {memory.Baseline >> 20} MiB before, {memory.Samples} samples), working set at {memory.PeakWorkingSet >> 20} MiB");
            Assert.True(memory.LiveGrowth < LiveGrowthBound, $"Live managed memory grew by {memory.LiveGrowth >> 20} MiB.");
        }

        foreach (var (kindAndStatus, count) in statuses)
            output.WriteLine($"  {kindAndStatus}: {count}");
        Assert.True(failures.Count == 0, $"{failures.Count} of {Cases} cases failed (seed {seed}):\n{string.Join("\n", failures.Take(20))}");
        (await app.Client().As(TestWorld.Creator).PostAsync("{ me { displayName } }")).ShouldSucceed();
    }

    private static async Task<(string Status, string? Failure)> SendAsync(HttpClient http, FuzzRequest request)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        try
        {
            using var message = request.ToMessage();
            using var response = await http.SendAsync(message, deadline.Token);
            var body = await response.Content.ReadAsStringAsync(deadline.Token);
            var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (response.StatusCode >= HttpStatusCode.InternalServerError)
                return (status, $"answered {status}: {Preview(body)}");
            var leak = InternalsLeak.FirstIn(body);
            return (status, leak is null ? null : $"answered {status} showing '{leak}': {Preview(body)}");
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            return ("hang", $"no answer within {Deadline.TotalSeconds} s");
        }
        catch (HttpRequestException) when (request.MayBeCutOff)
        {
            return ("cut off", null);
        }
        catch (HttpRequestException exception)
        {
            return ("dropped", $"the connection failed: {exception.Message}");
        }
    }

    private static string Preview(string body) => body.Length > 300 ? body[..300] + "…" : body;
}
