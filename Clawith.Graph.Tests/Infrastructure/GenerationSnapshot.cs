using Clawith.Graph.Data.Generations;
using Snapshooter;
using Snapshooter.Xunit;

namespace Clawith.Graph.Tests.Infrastructure;

/// <summary>
/// Snapshot.Match into a snapshot of the run's generation: the test's own on 225b36fd, <c>…_251aeba8.snap</c> on
/// 251aeba8. For a test that holds on both generations but whose response shows a rule 251aeba8 changes (its
/// access modes, SessionOut's unread_count and is_primary): review the 251aeba8 snapshot against RULES.md.
/// </summary>
public static class GenerationSnapshot
{
    public static void Match<T>(T result, Func<MatchOptions, MatchOptions>? options = null)
    {
        if (TestGeneration.Is251aeba8)
            Snapshot.Match(result, SnapshotNameExtension.Create(TestGeneration.Current.Name()), options ?? (o => o));
        else
            Snapshot.Match(result, options ?? (o => o));
    }

    /// <summary>As Snapshot.Match with a name extension: the generation's name follows it on 251aeba8.</summary>
    public static void Match<T>(T result, params object[] nameExtension) =>
        Snapshot.Match(result, SnapshotNameExtension.Create(TestGeneration.Is251aeba8 ? [.. nameExtension, TestGeneration.Current.Name()] : nameExtension));
}
