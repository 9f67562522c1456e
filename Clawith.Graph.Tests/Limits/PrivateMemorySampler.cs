using System.Diagnostics;
using System.Globalization;

namespace Clawith.Graph.Tests.Limits;

/// <summary>
/// The highest private resident memory of another process, sampled every 50 ms until stopped, as the
/// benchmark reads its own (bench/Load/PrivateMemory.cs): RssAnon of /proc/&lt;pid&gt;/status on Linux,
/// not the resident set, which counts SQLite's memory-mapped file pages once per connection; elsewhere
/// the private bytes the runtime reports.
/// </summary>
public sealed class PrivateMemorySampler : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    private readonly int _processId;
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _sampler;
    private long _peak;

    public PrivateMemorySampler(int processId)
    {
        _processId = processId;
        Before = Current(processId);
        _peak = Before;
        _sampler = new Thread(Sample) { IsBackground = true, Name = "private memory sampler" };
        _sampler.Start();
    }

    /// <summary>What the process held when sampling began.</summary>
    public long Before { get; }

    /// <summary>Stops sampling and gives the highest value seen.</summary>
    public long Stop()
    {
        if (!_stop.IsCancellationRequested)
        {
            _stop.Cancel();
            _sampler.Join();
        }
        return Math.Max(_peak, Current(_processId));
    }

    public void Dispose()
    {
        Stop();
        _stop.Dispose();
    }

    private void Sample()
    {
        while (!_stop.Token.WaitHandle.WaitOne(Interval))
            _peak = Math.Max(_peak, Current(_processId));
    }

    public static long Current(int processId)
    {
        var status = $"/proc/{processId}/status";
        if (File.Exists(status))
        {
            foreach (var line in File.ReadLines(status))
            {
                if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
                    return long.Parse(line["RssAnon:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
        }
        using var process = Process.GetProcessById(processId);
        return process.PrivateMemorySize64;
    }
}
