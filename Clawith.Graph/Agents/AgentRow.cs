using System.Data.Common;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;

namespace Clawith.Graph.Agents;

/// <summary>An agents row in a hand-written statement: its columns, and the entity read back from them.</summary>
public static class AgentRow
{
    public const int ColumnCount = 4;

    /// <summary>The agent's columns, table aliased <paramref name="alias"/>, in the order <see cref="Read"/> takes them.</summary>
    public static string Columns(string alias) => RowReading.Columns(alias, "id", "name", "avatar_url", "creator_id");

    /// <summary>The agent whose columns start at <paramref name="first"/>; null when a LEFT JOIN found none.</summary>
    public static Agent? Read(DbDataReader row, int first) => row.IsDBNull(first) ? null : new Agent
    {
        Id = row.Id(first),
        Name = row.GetString(first + 1),
        AvatarUrl = row.TextOrNull(first + 2),
        CreatorId = row.Id(first + 3),
    };
}
