using Clawith.Graph.Data;
using System.Reflection;
using Clawith.Graph.Data.Generations;
using Xunit.Sdk;

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

/// <summary>
/// A test of a 225b36fd rule that 251aeba8 reverses, skipped on 251aeba8: <see cref="Reason"/> says how 251aeba8
/// differs, and <see cref="RuleTest"/> names the test of 251aeba8's own rule (in Generations/), which
/// GenerationMarksTests holds to exist and to run there. (A mark given a reason alone names the test class
/// in its reason.)
/// </summary>
public interface IReversedOn251aeba8
{
    string Reason { get; }

    /// <summary>The class of 251aeba8's test; <see cref="RuleTestName"/> is its method (nameof).</summary>
    Type? RuleTest { get; }

    string? RuleTestName { get; }
}

/// <summary>A rule of 225b36fd, the schema of Clawith's REST module, that 251aeba8 reverses (<see cref="IReversedOn251aeba8"/>).</summary>
public sealed class Fact225b36fdAttribute(string reason, Type? ruleTest, string? ruleTestName)
    : GenerationFactAttribute(SchemaGeneration.Commit225b36fd, GenerationSkip.Reversal(reason, ruleTest, ruleTestName)), IReversedOn251aeba8
{
    public Fact225b36fdAttribute(string reason) : this(reason, null, null)
    {
    }

    public string Reason => reason;
    public Type? RuleTest => ruleTest;
    public string? RuleTestName => ruleTestName;
}

public sealed class Theory225b36fdAttribute(string reason, Type? ruleTest, string? ruleTestName)
    : GenerationTheoryAttribute(SchemaGeneration.Commit225b36fd, GenerationSkip.Reversal(reason, ruleTest, ruleTestName)), IReversedOn251aeba8
{
    public Theory225b36fdAttribute(string reason) : this(reason, null, null)
    {
    }

    public string Reason => reason;
    public Type? RuleTest => ruleTest;
    public string? RuleTestName => ruleTestName;
}

/// <summary>One case of a theory that holds on both generations but for this case, which 251aeba8 reverses (<see cref="IReversedOn251aeba8"/>).</summary>
public sealed class InlineData225b36fdAttribute(string reason, Type ruleTest, string ruleTestName, params object?[] data)
    : DataAttribute, IReversedOn251aeba8
{
    public string Reason => reason;
    public Type? RuleTest => ruleTest;
    public string? RuleTestName => ruleTestName;

    public override string? Skip
    {
        get => GenerationSkip.Reason(SchemaGeneration.Commit225b36fd, GenerationSkip.Reversal(reason, ruleTest, ruleTestName), null) ?? base.Skip;
        set => base.Skip = value;
    }

    public override IEnumerable<object?[]> GetData(MethodInfo testMethod) => [data];
}

/// <summary>A rule of 251aeba8, Clawith's current schema (RULES.md).</summary>
public sealed class Fact251aeba8Attribute(string reason = "a rule of Clawith 251aeba8 (RULES.md)") : GenerationFactAttribute(SchemaGeneration.Commit251aeba8, reason);

public sealed class Theory251aeba8Attribute(string reason = "a rule of Clawith 251aeba8 (RULES.md)") : GenerationTheoryAttribute(SchemaGeneration.Commit251aeba8, reason);

internal static class GenerationSkip
{
    public static string Reversal(string reason, Type? ruleTest, string? ruleTestName) =>
        ruleTest is null ? reason : $"{reason}; 251aeba8's rule: {ruleTest.Name}.{ruleTestName}";

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
