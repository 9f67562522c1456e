using System.Data.Common;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;

namespace Clawith.Graph.Participants;

/// <summary>A participants row in a hand-written statement: its columns, and the entity read back from them.</summary>
public static class ParticipantRow
{
    /// <summary>The participant's columns, table aliased <paramref name="alias"/>, in the order <see cref="Read"/> takes them.</summary>
    public static string Columns(string alias) => RowReading.Columns(alias, "id", "type", "ref_id", "display_name", "avatar_url");

    /// <summary>The participant whose columns start at <paramref name="first"/>; null when a LEFT JOIN found none.</summary>
    public static Participant? Read(DbDataReader row, int first) => row.IsDBNull(first) ? null : new Participant
    {
        Id = row.Id(first),
        Type = row.GetString(first + 1),
        RefId = row.Id(first + 2),
        DisplayName = row.GetString(first + 3),
        AvatarUrl = row.TextOrNull(first + 4),
    };
}
