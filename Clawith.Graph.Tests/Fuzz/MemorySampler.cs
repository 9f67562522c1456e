using System.Diagnostics;

namespace Clawith.Graph.Tests.Fuzz;

/// <summary>
/// Samples, until disposed, the memory the process really holds: the managed heap that survives a
/// full collection (so garbage waiting for the next one does not count), and the working set.
/// </summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    public MemorySampler()
    {
        Baseline = LiveBytes();
        _sampling = Task.Run(() => SampleAsync(_stop.Token));
    }

    public long Baseline { get; }
    public long PeakLive { get; private set; }
    public long PeakWorkingSet { get; private set; }
    public int Samples { get; private set; }

    public long LiveGrowth => PeakLive - Baseline;

    /// <summary>
    /// A sample every 100 ms, or twenty times as long as its collection took when that is longer: a full blocking
    /// collection stops every thread of the test host, and on a large heap (the host after the whole suite) and a
    /// busy machine one took longer than 100 ms, so back-to-back collections starved the requests they were
    /// measuring and the test ran for over 15 minutes instead of 30 seconds.
    /// </summary>
    private async Task SampleAsync(CancellationToken stop)
    {
        using var process = Process.GetCurrentProcess();
        var pause = TimeSpan.Zero;
        while (await WaitAsync(pause, stop))
        {
            var collection = Stopwatch.StartNew();
            PeakLive = Math.Max(PeakLive, LiveBytes());
            pause = TimeSpan.FromTicks(Math.Max(MinimumPause.Ticks, collection.Elapsed.Ticks * 20));
            process.Refresh();
            PeakWorkingSet = Math.Max(PeakWorkingSet, process.WorkingSet64);
            Samples++;
        }
    }

    private static readonly TimeSpan MinimumPause = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// What survived a full blocking collection, read from that collection's own record: objects
    /// allocated a moment later by other threads (the fuzz client's garbage) do not count.
    /// </summary>
    public static long LiveBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
        var collection = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        return collection.HeapSizeBytes - collection.FragmentedBytes;
    }

    private static async Task<bool> WaitAsync(TimeSpan pause, CancellationToken stop)
    {
        try
        {
            await Task.Delay(pause, stop);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }
}
