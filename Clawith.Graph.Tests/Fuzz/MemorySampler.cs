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

    private async Task SampleAsync(CancellationToken stop)
    {
        using var process = Process.GetCurrentProcess();
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        do
        {
            PeakLive = Math.Max(PeakLive, LiveBytes());
            process.Refresh();
            PeakWorkingSet = Math.Max(PeakWorkingSet, process.WorkingSet64);
            Samples++;
        }
        while (await WaitAsync(timer, stop));
    }

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

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stop)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop);
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
