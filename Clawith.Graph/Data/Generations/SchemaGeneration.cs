namespace Clawith.Graph.Data.Generations;

/// <summary>
/// The shapes of Clawith's chat tables this server serves, each named by the Clawith commit that has it:
/// 225b36fd, Clawith's REST module's (single-tenant rules, hard delete), and 251aeba8, Clawith's current one (tenants,
/// soft delete, session types, primary sessions, read marks). Which one a database has is read from its
/// columns at start (<see cref="SchemaShape"/>), or pinned by <c>Database:ClawithSchema</c>.
/// </summary>
public enum SchemaGeneration
{
    /// <summary>Clawith at 225b36fd (2026-04-03): Clawith's REST module's schema and rules.</summary>
    Commit225b36fd,

    /// <summary>Clawith at 251aeba8 (2026-08-10): multi-tenant, soft-deleted, typed chat sessions.</summary>
    Commit251aeba8,
}

public static class SchemaGenerations
{
    public const string Auto = "auto";

    /// <summary>The commit that names a generation, as configuration and messages spell it.</summary>
    public static string Name(this SchemaGeneration generation) => generation switch
    {
        SchemaGeneration.Commit225b36fd => "225b36fd",
        _ => "251aeba8",
    };

    /// <summary>Reads a commit name (<c>225b36fd</c>, <c>251aeba8</c>), exactly as written.</summary>
    public static bool TryParse(string? text, out SchemaGeneration generation)
    {
        foreach (var known in Enum.GetValues<SchemaGeneration>())
        {
            if (known.Name() == text)
            {
                generation = known;
                return true;
            }
        }
        generation = default;
        return false;
    }
}
