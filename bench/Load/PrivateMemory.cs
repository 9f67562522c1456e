using System.Diagnostics;
using System.Globalization;

namespace Clawith.Graph.Bench.Load;

/// <summary>
/// The highest private resident memory of the process (heap, native allocations, SQLite's page caches)
/// over one measurement, sampled every 50 ms. Not the peak resident set (VmHWM): SQLite reads the file
/// through a memory map per connection, and the resident set counts each file page once per connection
/// that mapped it, though it is one page of the system's shared file cache (a run read 20 GiB on a
/// machine of 24 with a 775 MiB file). On Linux it is RssAnon of /proc/self/status; elsewhere the
/// private bytes the runtime reports.
/// </summary>
public sealed class PrivateMemory : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _sampler;
    private long _peak;

    private PrivateMemory()
    {
        _peak = Current();
        _sampler = new Thread(Sample) { IsBackground = true, Name = "private memory sampler" };
        _sampler.Start();
    }

    /// <summary>Starts sampling; <see cref="Stop"/> gives the peak.</summary>
    public static PrivateMemory Watch() => new();

    public long Stop()
    {
        _stop.Cancel();
        _sampler.Join();
        return Math.Max(_peak, Current());
    }

    public void Dispose()
    {
        if (!_stop.IsCancellationRequested)
            Stop();
        _stop.Dispose();
    }

    private void Sample()
    {
        while (!_stop.Token.WaitHandle.WaitOne(Interval))
            _peak = Math.Max(_peak, Current());
    }

    private static long Current()
    {
        if (File.Exists("/proc/self/status"))
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
                    return long.Parse(line["RssAnon:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
        }
        using var process = Process.GetCurrentProcess();
        return process.PrivateMemorySize64;
    }
}
