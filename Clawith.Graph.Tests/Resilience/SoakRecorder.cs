using System.Collections.Concurrent;
using System.Globalization;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Resilience;

/// <summary>What every client of a run saw: each answer's door, status and latency, and anything wrong.</summary>
public sealed class SoakRecorder
{
    private readonly ConcurrentQueue<string> _problems = new();
    private readonly ConcurrentQueue<(Door Door, int Status, double Milliseconds)> _answers = new();
    private int _acknowledged;
    private int _busy;

    public IReadOnlyCollection<string> Problems => _problems;

    /// <summary>Operations the server carried out (or answered "not found") as asked.</summary>
    public int Acknowledged => Volatile.Read(ref _acknowledged);

    public int BusyAnswers => Volatile.Read(ref _busy);

    public int Requests => _answers.Count;

    /// <summary>Answers with a 5xx status: 503s included.</summary>
    public IReadOnlyList<int> ServerErrors => [.. _answers.Where(a => a.Status >= 500).Select(a => a.Status)];

    public void Record(Answer answer, Door door, string call)
    {
        _answers.Enqueue((door, answer.Status, answer.Latency.TotalMilliseconds));
        if (answer.Ack == Ack.Busy)
            Interlocked.Increment(ref _busy);
        if (InternalsLeak.FirstIn(answer.Response.Body) is not null)
            Problem($"{call}: the answer shows internals: {answer.Response.Body}");
        if (answer.Status >= 500 && answer.Ack != Ack.Busy)
            Problem($"{call}: {answer.Status} {answer.Response.Body}");
    }

    public void Acknowledge() => Interlocked.Increment(ref _acknowledged);

    public void Problem(string problem) => _problems.Enqueue(problem);

    /// <summary>The run's figures, for the test output (nothing here is asserted).</summary>
    public string Figures(string run, TimeSpan duration, int serverTransientFailures)
    {
        var latencies = _answers.Select(a => a.Milliseconds).Order().ToList();
        double Percentile(double p) => latencies.Count == 0 ? 0 : latencies[(int)Math.Min(latencies.Count - 1, Math.Ceiling(p * latencies.Count) - 1)];
        var byDoor = _answers.GroupBy(a => a.Door).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
        var byStatus = _answers.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}");
        return string.Create(CultureInfo.InvariantCulture, $"""
            {run}
              operations acknowledged: {Acknowledged} in {duration.TotalSeconds:F1} s = {Acknowledged / duration.TotalSeconds:F0} ops/s
              HTTP requests: {Requests} ({string.Join(", ", byDoor)}); statuses: {string.Join(", ", byStatus)}
              latency: p50 {Percentile(0.50):F1} ms, p95 {Percentile(0.95):F1} ms, p99 {Percentile(0.99):F1} ms, max {Percentile(1):F1} ms
              busy answers (503 or DATABASE_UNAVAILABLE, sent again by the client): {BusyAnswers}
              transient database failures inside the server (each retried or answered busy): {serverTransientFailures}
            """);
    }
}
