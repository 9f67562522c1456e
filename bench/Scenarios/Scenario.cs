using Clawith.Graph.Bench.Hosting;

namespace Clawith.Graph.Bench.Scenarios;

/// <summary>
/// One thing to measure: requests a client replays in order against a server, whose SQL commands
/// <see cref="Sql"/> counts. <see cref="Key"/> is the letter (a to e; f is ours), <see cref="Size"/> the data it reads.
/// </summary>
public sealed record Scenario(string Key, string Name, int Size, string SizeLabel, Uri Server, IReadOnlyList<byte[]> Requests, SqlCommandCount Sql);
