using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Clawith.Graph.Bench.Data;

/// <summary>
/// The benchmark's SQLite file under bench/.data/, named after its size. The server creates the tables
/// (as it does for any new file); this fills them once with plain prepared INSERTs in one
/// transaction, in the formats the server writes, and marks the file complete so later runs reuse it.
/// </summary>
public sealed class BenchDatabase(string path)
{
    public string Path => path;

    public string ConnectionString => $"Data Source={path}";

    public bool IsComplete => File.Exists(path + ".complete");

    public static BenchDatabase For(BenchOptions options)
    {
        var folder = System.IO.Path.GetFullPath("bench/.data");
        Directory.CreateDirectory(folder);
        return new BenchDatabase(System.IO.Path.Combine(folder, $"clawith-{options.Sessions}s-{options.Messages}m-{options.LongSession}l-v3.db"));
    }

    /// <summary>Removes a partly written file, so the server starts on an empty one.</summary>
    public void DiscardIfIncomplete()
    {
        if (IsComplete)
            return;
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(path + suffix);
    }

    public async Task FillAsync(BenchWorld world, BenchOptions options)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(20261125);
        var plans = SessionPlan.For(world, options, random);
        await using var connection = new SqliteConnection(ConnectionString + ";Pooling=False");
        await connection.OpenAsync();
        await Execute(connection, "PRAGMA synchronous = OFF");
        await using (var transaction = connection.BeginTransaction())
        {
            var rows = new RowInserter(connection, transaction);
            rows.People(world);
            var content = new MessageContent(random);
            foreach (var plan in plans)
                rows.Session(plan, content, random);
            transaction.Commit();
        }
        await Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
        await File.WriteAllTextAsync(path + ".complete", string.Create(CultureInfo.InvariantCulture, $"{plans.Count} sessions, {options.Messages} messages\n"));
        Console.WriteLine($"Built {path}: {plans.Count:N0} sessions, {options.Messages:N0} messages in {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
