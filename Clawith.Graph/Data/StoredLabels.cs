namespace Clawith.Graph.Data;

/// <summary>
/// Clawith's enum labels (the snake_case of our names: <c>PlatformAdmin</c> is <c>platform_admin</c>),
/// read strictly: a label is one of them exactly. <c>Enum.Parse</c> would also read a number ("0" as the
/// first role, platform_admin) or another spelling, which no Clawith writer stores.
/// </summary>
public static class StoredLabels<TEnum> where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByLabel =
        Enum.GetValues<TEnum>().ToDictionary(value => StorageConventions.ToSnakeCase(value.ToString()), StringComparer.Ordinal);

    private static readonly Dictionary<TEnum, string> Labels = ByLabel.ToDictionary(pair => pair.Value, pair => pair.Key);

    public static string Of(TEnum value) => Labels[value];

    public static bool TryParse(string label, out TEnum value) => ByLabel.TryGetValue(label, out value);

    /// <summary>For a column that may only hold known labels (EF's reads): an unknown one is a malformed row.</summary>
    public static TEnum Parse(string label) =>
        TryParse(label, out var value) ? value : throw new FormatException($"'{label}' is not a label of {typeof(TEnum).Name}.");
}
