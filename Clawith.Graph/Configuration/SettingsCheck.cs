namespace Clawith.Graph.Configuration;

/// <summary>Collects what is wrong with a section's values, each problem naming its full key.</summary>
public sealed class SettingsCheck(string section)
{
    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Problems => _problems;

    public string Key(string name) => $"{section}:{name}";

    public SettingsCheck AtLeastOne(long value, string name) =>
        That(value >= 1, $"{Key(name)} must be at least 1.");

    public SettingsCheck NotNegative(long value, string name) =>
        That(value >= 0, $"{Key(name)} must not be negative.");

    /// <param name="example">A sensible value to show, such as 00:00:10.</param>
    public SettingsCheck Positive(TimeSpan value, string name, string example) =>
        That(value > TimeSpan.Zero, $"{Key(name)} must be positive, e.g. {example}.");

    public SettingsCheck That(bool holds, string problem)
    {
        if (!holds)
            _problems.Add(problem);
        return this;
    }
}
