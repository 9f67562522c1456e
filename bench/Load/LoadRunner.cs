using System.Diagnostics;
using Clawith.Graph.Bench.Scenarios;

namespace Clawith.Graph.Bench.Load;

/// <summary>What one scenario costs per request, measured with one client and nothing else in flight.</summary>
public sealed record RequestCost(double SqlCommands, double AllocatedBytes, double ResponseBytes);

/// <summary>One scenario under a number of concurrent clients, over the measured seconds.</summary>
public sealed record LoadResult(int Clients, long Requests, double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds, long PeakPrivateBytes, long Failures)
{
    /// <summary>One cell's rounds as one result: the median round's rate and latencies, the highest peak, every request and failure.</summary>
    public static LoadResult MedianOf(IReadOnlyList<LoadResult> rounds) => new(
        rounds[0].Clients,
        rounds.Sum(r => r.Requests),
        Median(rounds.Select(r => r.RequestsPerSecond)),
        Median(rounds.Select(r => r.P50Milliseconds)),
        Median(rounds.Select(r => r.P99Milliseconds)),
        rounds.Max(r => r.PeakPrivateBytes),
        rounds.Sum(r => r.Failures));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

/// <summary>
/// Drives a scenario: first a sequential probe for its per-request costs, then each concurrency level.
/// Clients are dedicated threads, each with its own keep-alive connection, replaying the scenario's
/// requests in order as fast as answers come (closed loop). Completions inside the measured window count.
/// </summary>
public static class LoadRunner
{
    /// <summary>
    /// Whole cycles of the scenario's requests in three windows of at least half a second each.
    /// Allocation is the whole process's minus this thread's, which is the client, per window; the
    /// median window counts, as the process-wide count can lag behind by what threads of an earlier
    /// cell allocated. SQL commands are the server's own count, over all three windows.
    /// </summary>
    public static RequestCost Probe(Scenario scenario)
    {
        using var connection = new RawHttpConnection(scenario.Server);
        Cycle(scenario, connection); // a warm connection and warm code paths
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var sqlBefore = scenario.Sql.Value;
        long requests = 0, responseBytes = 0;
        var allocated = new List<double>();
        for (var window = 0; window < 3; window++)
        {
            var threadBefore = GC.GetAllocatedBytesForCurrentThread();
            var processBefore = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            long inWindow = 0;
            do
            {
                foreach (var request in scenario.Requests)
                {
                    Expect200(scenario, connection.Exchange(request));
                    inWindow++;
                    responseBytes += connection.BodyLength;
                }
            }
            while (clock.Elapsed < TimeSpan.FromSeconds(0.5));
            var process = GC.GetTotalAllocatedBytes(precise: true) - processBefore;
            var client = GC.GetAllocatedBytesForCurrentThread() - threadBefore;
            allocated.Add((process - client) / (double)inWindow);
            requests += inWindow;
        }
        allocated.Sort();
        return new RequestCost((scenario.Sql.Value - sqlBefore) / (double)requests, allocated[1], responseBytes / (double)requests);
    }

    /// <summary>
    /// Runs the scenario with one client until its time per request stops falling, or for at most
    /// <paramref name="longest"/>: the JIT's tiers settle on a path only after thousands of calls, and
    /// in steps. Time is taken in half-second windows, judged in groups of four: it has settled when the
    /// best window of a group is not 5% faster than the best of the group before. Returns how long it took.
    /// </summary>
    public static TimeSpan Settle(Scenario scenario, TimeSpan longest)
    {
        using var connection = new RawHttpConnection(scenario.Server);
        var clock = Stopwatch.StartNew();
        var bestBefore = double.MaxValue;
        while (clock.Elapsed < longest)
        {
            var best = Enumerable.Range(0, 4).Min(_ => TimePerRequest(scenario, connection, TimeSpan.FromSeconds(0.5)));
            if (best > bestBefore * 0.95)
                break;
            bestBefore = best;
        }
        return clock.Elapsed;
    }

    private static double TimePerRequest(Scenario scenario, RawHttpConnection connection, TimeSpan window)
    {
        var clock = Stopwatch.StartNew();
        long requests = 0;
        while (clock.Elapsed < window)
        {
            Cycle(scenario, connection);
            requests += scenario.Requests.Count;
        }
        return clock.Elapsed.TotalMicroseconds / requests;
    }

    public static LoadResult Run(Scenario scenario, int clients, TimeSpan warmup, TimeSpan duration)
    {
        var window = new MeasurementWindow();
        var workers = Enumerable.Range(0, clients).Select(i => new Worker(scenario, window, i)).ToList();
        var threads = workers.Select(w => new Thread(w.Run) { IsBackground = true, Name = $"client {w.Index}" }).ToList();
        threads.ForEach(t => t.Start());
        Thread.Sleep(warmup);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var memory = PrivateMemory.Watch();
        var clock = Stopwatch.StartNew();
        window.Open();
        Thread.Sleep(duration);
        // A slow cell (every session of a large agent, for 16 clients at once) may answer nothing in a
        // short round: its window stays open until it holds as many answers as clients, or 60 s more.
        while (window.Answered < clients && clock.Elapsed < duration + LongestExtension)
            Thread.Sleep(20);
        window.Close();
        var seconds = clock.Elapsed.TotalSeconds;
        var peak = memory.Stop();
        threads.ForEach(t => t.Join());

        var latencies = new LatencyHistogram();
        workers.ForEach(w => latencies.Add(w.Latencies));
        var failures = workers.Sum(w => w.Failures);
        if (workers.FirstOrDefault(w => w.Error is not null)?.Error is { } error)
            throw new InvalidOperationException($"{scenario.Name}: a client failed", error);
        return new LoadResult(clients, latencies.Count, latencies.Count / seconds, latencies.Percentile(0.5), latencies.Percentile(0.99), peak, failures);
    }

    /// <summary>Sends the scenario's requests once, in order, and returns what each answered.</summary>
    public static List<string> Cycle(Scenario scenario, RawHttpConnection connection)
    {
        var bodies = new List<string>();
        foreach (var request in scenario.Requests)
        {
            Expect200(scenario, connection.Exchange(request));
            bodies.Add(connection.BodyText);
        }
        return bodies;
    }

    private static void Expect200(Scenario scenario, int status)
    {
        if (status != 200)
            throw new InvalidOperationException($"{scenario.Name}: the server answered {status}.");
    }

    private static readonly TimeSpan LongestExtension = TimeSpan.FromSeconds(60);

    private sealed class MeasurementWindow
    {
        private long _answered;

        public long Answered => Interlocked.Read(ref _answered);

        public void CountAnswer() => Interlocked.Increment(ref _answered);

        private volatile int _state; // 0 warming up, 1 measuring, 2 done

        public bool IsOpen => _state == 1;

        public bool IsDone => _state == 2;

        public void Open() => _state = 1;

        public void Close() => _state = 2;
    }

    private sealed class Worker(Scenario scenario, MeasurementWindow window, int index)
    {
        public int Index => index;

        public LatencyHistogram Latencies { get; } = new();

        public long Failures { get; private set; }

        public Exception? Error { get; private set; }

        public void Run()
        {
            try
            {
                using var connection = new RawHttpConnection(scenario.Server);
                // Clients start at different points of a multi-request scenario, as independent readers would.
                for (var i = index; !window.IsDone; i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    var status = connection.Exchange(scenario.Requests[i % scenario.Requests.Count]);
                    if (!window.IsOpen)
                        continue;
                    Latencies.Record((long)Stopwatch.GetElapsedTime(started).TotalMicroseconds);
                    window.CountAnswer();
                    if (status != 200)
                        Failures++;
                }
            }
            catch (Exception exception)
            {
                Error = exception;
            }
        }
    }
}
