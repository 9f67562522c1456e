using SQLitePCL;

namespace Clawith.Graph.Data.Sqlite;

/// <summary>
/// Settings of the SQLite library itself, for the whole process, which it accepts only before its first
/// connection (it answers SQLITE_MISUSE after, and keeps what it had: then nothing changes, which is safe).
/// Memory statistics off: with them on, every allocation SQLite makes takes one process-wide mutex to keep
/// its counters, which nothing here reads (no soft heap limit, no sqlite3_memory_used); under concurrent
/// requests that mutex is contended on every statement. Measured from outside (docs/BENCHMARKS.md, issue 17):
/// server CPU per request −25% on the sidebar, −32% on a one-id page. Multi-thread mode (no mutex per
/// connection call) was measured too and bought nothing on the sidebar, so connections keep SQLite's default.
/// </summary>
public static class SqliteLibrarySettings
{
    private static int _applied;

    /// <summary>Applies the settings once per process (SQLite's answer is not needed: a refusal leaves its safe default).</summary>
    public static void ApplyOnce()
    {
        if (Interlocked.Exchange(ref _applied, 1) == 1)
            return;
        Batteries_V2.Init();
        raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }
}
