namespace Clawith.Graph.Data.Generations;

/// <summary>
/// What a database's columns say of its generation. 251aeba8's chat tables are 225b36fd's plus these
/// columns (Clawith's migrations 046, 052, 202607161200's unified_chat phase, 202607221500 and f060 add
/// them, in one transaction): a database has all of them or none. One with some of them is neither, and
/// one without a chat_sessions table is empty.
/// </summary>
public sealed record SchemaShape(IReadOnlyDictionary<string, IReadOnlySet<string>> ColumnsByTable)
{
    /// <summary>The columns 251aeba8 has and 225b36fd lacks, by table (each one this server reads or writes there).</summary>
    public static IReadOnlyDictionary<string, string[]> CurrentOnlyColumns { get; } = new Dictionary<string, string[]>
    {
        ["chat_sessions"] = ["tenant_id", "session_type", "group_id", "created_by_participant_id", "is_primary",
            "last_read_at_by_user", "deleted_at", "updated_at"],
        ["chat_messages"] = ["tenant_id", "mentions"],
        ["agents"] = ["access_mode", "deleted_at"],
    };

    /// <summary>What else 251aeba8's rules use, present in every Clawith database of that generation.</summary>
    public static IReadOnlyDictionary<string, string[]> CurrentAlsoNeeds { get; } = new Dictionary<string, string[]>
    {
        ["users"] = ["tenant_id"],
        ["agents"] = ["tenant_id"],
        ["tenants"] = ["id"],
        ["agent_runs"] = ["id", "tenant_id", "session_id", "parent_run_id", "run_kind"],
        ["agent_run_commands"] = ["id", "tenant_id", "run_id", "command_type", "payload", "actor_user_id", "idempotency_key", "status"],
    };

    public static IEnumerable<string> TablesRead => CurrentOnlyColumns.Keys.Concat(CurrentAlsoNeeds.Keys).Distinct();

    public bool IsEmpty => !ColumnsByTable.ContainsKey("chat_sessions");

    /// <summary>The generation the columns show; null for an empty database. Throws for a database of neither shape.</summary>
    public SchemaGeneration? Generation()
    {
        if (IsEmpty)
            return null;
        var present = Marked(CurrentOnlyColumns).Where(column => Has(column)).ToList();
        var absent = Marked(CurrentOnlyColumns).Where(column => !Has(column)).ToList();
        if (present.Count == 0)
            return SchemaGeneration.Commit225b36fd;
        if (absent.Count > 0)
            throw new SchemaGenerationException(
                $"The database's chat tables are neither Clawith 225b36fd's nor 251aeba8's: they have {List(present)} "
                + $"but lack {List(absent)}. Finish upgrading it with Clawith's migrations (alembic upgrade head).");
        var missing = Marked(CurrentAlsoNeeds).Where(column => !Has(column)).ToList();
        if (missing.Count > 0)
            throw new SchemaGenerationException(
                $"The database has Clawith 251aeba8's chat tables but lacks {List(missing)}, which every 251aeba8 database has.");
        return SchemaGeneration.Commit251aeba8;
    }

    /// <summary>A few of the columns that show the database's generation, for a message.</summary>
    public string Evidence(SchemaGeneration generation) => generation == SchemaGeneration.Commit251aeba8
        ? List(Marked(CurrentOnlyColumns).Take(3).ToList())
        : $"no {List(Marked(CurrentOnlyColumns).Take(3).ToList())}";

    private bool Has((string Table, string Column) column) =>
        ColumnsByTable.TryGetValue(column.Table, out var columns) && columns.Contains(column.Column);

    private static IEnumerable<(string Table, string Column)> Marked(IReadOnlyDictionary<string, string[]> columns) =>
        columns.SelectMany(table => table.Value.Select(column => (table.Key, column)));

    private static string List(IReadOnlyList<(string Table, string Column)> columns) =>
        string.Join(", ", columns.Select(c => $"{c.Table}.{c.Column}"));
}

/// <summary>The database's generation cannot be served: its shape is unknown, or contradicts <c>Database:ClawithSchema</c>.</summary>
public sealed class SchemaGenerationException(string message) : Exception(message);
