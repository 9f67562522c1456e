using Clawith.Graph.Data;
using Clawith.Graph.Data.Generations;

namespace Clawith.Graph.Tests.Infrastructure;

/// <summary>
/// Which of Clawith's schema generations the suite's apps run on: <see cref="Variable"/> = <c>225b36fd</c> (the
/// default, Clawith's REST module's), <c>251aeba8</c> (Clawith's current schema: created by the app on SQLite, Clawith's own
/// clawith-head-postgres.sql on PostgreSQL), or <c>251aeba8-migrated</c> (PostgreSQL: the 225b36fd schema
/// upgraded in place by the emulation of Clawith's migrations, clawith-225b36fd-to-251aeba8.sql).
/// Tests that hold on either generation run on both; the others say which one they need
/// (<see cref="Fact225b36fdAttribute"/>, <see cref="Fact251aeba8Attribute"/>).
/// </summary>
public static class TestGeneration
{
    public const string Variable = "CLAWITH_TEST_GENERATION";
    public const string MigratedSuffix = "-migrated";

    private static readonly string Setting = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : "225b36fd";

    public static SchemaGeneration Current { get; } = SchemaGenerations.TryParse(Setting.Replace(MigratedSuffix, ""), out var generation)
        ? generation
        : throw new InvalidOperationException($"{Variable} must be 225b36fd, 251aeba8 or 251aeba8{MigratedSuffix}, not '{Setting}'.");

    /// <summary>Whether PostgreSQL databases are the 225b36fd schema upgraded in place, rather than Clawith's current schema as created.</summary>
    public static bool Migrated { get; } = Setting.EndsWith(MigratedSuffix, StringComparison.Ordinal);

    public static bool Is251aeba8 => Current == SchemaGeneration.Commit251aeba8;

    public static string Describe() => Setting;
}

/// <summary>
/// A test of a rule one generation has and the other does not (or reverses): skipped on the other, with the
/// reason. <see cref="Provider"/> keeps it to one database too.
/// </summary>
public abstract class GenerationFactAttribute(SchemaGeneration generation, string reason) : FactAttribute
{
    public DatabaseProvider? Provider { get; set; }

    public override string? Skip
    {
        get => GenerationSkip.Reason(generation, reason, Provider) ?? base.Skip;
        set => base.Skip = value;
    }
}

/// <summary>A theory of one generation's rule, as <see cref="GenerationFactAttribute"/>.</summary>
public abstract class GenerationTheoryAttribute(SchemaGeneration generation, string reason) : TheoryAttribute
{
    public DatabaseProvider? Provider { get; set; }

    public override string? Skip
    {
        get => GenerationSkip.Reason(generation, reason, Provider) ?? base.Skip;
        set => base.Skip = value;
    }
}

/// <summary>A rule of 225b36fd, the schema of Clawith's REST module, that 251aeba8 changes: <c>reason</c> says how.</summary>
public sealed class Fact225b36fdAttribute(string reason) : GenerationFactAttribute(SchemaGeneration.Commit225b36fd, reason);

public sealed class Theory225b36fdAttribute(string reason) : GenerationTheoryAttribute(SchemaGeneration.Commit225b36fd, reason);

/// <summary>A rule of 251aeba8, Clawith's current schema (RULES.md).</summary>
public sealed class Fact251aeba8Attribute(string reason = "a rule of Clawith 251aeba8 (RULES.md)") : GenerationFactAttribute(SchemaGeneration.Commit251aeba8, reason);

public sealed class Theory251aeba8Attribute(string reason = "a rule of Clawith 251aeba8 (RULES.md)") : GenerationTheoryAttribute(SchemaGeneration.Commit251aeba8, reason);

internal static class GenerationSkip
{
    public static string? Reason(SchemaGeneration generation, string reason, DatabaseProvider? provider)
    {
        if (TestGeneration.Current != generation)
            return $"Schema generation {generation.Name()} only ({reason}); this run is on {TestGeneration.Describe()} ({TestGeneration.Variable}).";
        if (provider is { } only && TestDatabase.Provider != only)
            return only == DatabaseProvider.Postgres
                ? $"Needs a PostgreSQL server: set {TestDatabase.PostgresVariable} (.ci/run starts one)."
                : $"SQLite storage only; this run uses PostgreSQL ({TestDatabase.PostgresVariable} is set).";
        return null;
    }
}
