using System.Reflection;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Agreement;

/// <summary>The test world's ids by their <see cref="TestWorld"/> names, both ways, so cases and failures read as names.</summary>
public static class WorldIds
{
    public const string NoSuchSessionName = "NoSuchSession";
    public static readonly Guid NoSuchSession = Guid.Parse("c0000000-0000-4000-8000-000000000999");

    private static readonly IReadOnlyDictionary<string, Guid> ByName =
        typeof(TestWorld).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(Guid))
            .Select(field => (Name: field.Name, Id: (Guid)field.GetValue(null)!))
            .Append((Name: NoSuchSessionName, Id: NoSuchSession))
            .ToDictionary(entry => entry.Name, entry => entry.Id);

    private static readonly IReadOnlyDictionary<Guid, string> ById = ByName.ToDictionary(entry => entry.Value, entry => entry.Key);

    public static Guid Of(string name) => ByName[name];

    /// <summary>The world's name for an id given as text, or the text itself for an id the world does not name.</summary>
    public static string? Label(string? id) =>
        id is not null && Guid.TryParse(id, out var guid) && ById.TryGetValue(guid, out var name) && guid.ToString() == id ? name : id;
}
