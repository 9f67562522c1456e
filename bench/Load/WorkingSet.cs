using System.Diagnostics;

namespace Clawith.Graph.Bench.Load;

/// <summary>
/// The process's peak resident memory over one measurement. On Linux the peak (VmHWM) is reset
/// through /proc/self/clear_refs before each cell; elsewhere the peak since the process started is all there is.
/// </summary>
public static class WorkingSet
{
    public static bool CanReset { get; } = TryReset();

    public static void ResetPeak()
    {
        if (CanReset)
            TryReset();
    }

    public static long PeakBytes()
    {
        if (File.Exists("/proc/self/status"))
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    private static bool TryReset()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
