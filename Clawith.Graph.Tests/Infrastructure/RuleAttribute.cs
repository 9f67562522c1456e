namespace Clawith.Graph.Tests.Infrastructure;

/// <summary>
/// The rules of Clawith 251aeba8 (RULES.md ids: "L7", "M3", "§8") that a test asserts, so that
/// Generations/RuleCoverageTests can hold every rule of sessions and messages to a test that runs on 251aeba8.
/// Name only what the test's assertions check, not what it merely passes through.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class RuleAttribute(params string[] ids) : Attribute
{
    public IReadOnlyList<string> Ids { get; } = ids;
}
