using System.Data.Common;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;

namespace Clawith.Graph.Users;

/// <summary>A users row with its identity (LEFT JOINed as <c>i</c>) in a hand-written statement: its columns, and the entity read back.</summary>
public static class UserRow
{
    public const int ColumnCount = 8;

    /// <summary>The user's columns, table aliased <paramref name="alias"/>, then the identity's, in the order <see cref="Read"/> takes them.</summary>
    public static string Columns(string alias) =>
        $"{RowReading.Columns(alias, "id", "identity_id", "display_name", "avatar_url")}, CAST({alias}.\"role\" AS TEXT), {alias}.\"is_active\", i.\"id\", i.\"username\"";

    /// <summary>The join that brings the identity of the user aliased <paramref name="alias"/>.</summary>
    public static string IdentityJoin(string alias) => $"LEFT JOIN \"identities\" AS i ON i.\"id\" = {alias}.\"identity_id\"";

    /// <summary>The user whose columns start at <paramref name="first"/>, with their identity; null when a LEFT JOIN found none.</summary>
    /// <remarks>A role label this server does not know reads as a member's rights, the label kept (<see cref="User.RoleLabel"/>).</remarks>
    public static User? Read(DbDataReader row, int first)
    {
        if (row.IsDBNull(first))
            return null;
        var roleLabel = row.GetString(first + 4);
        return new User
        {
            Id = row.Id(first),
            IdentityId = row.IdOrNull(first + 1),
            DisplayName = row.GetString(first + 2),
            AvatarUrl = row.TextOrNull(first + 3),
            Role = UserRoleLabels.RightsOf(roleLabel),
            RoleLabel = roleLabel,
            IsActive = row.FlagOrNull(first + 5),
            Identity = row.IsDBNull(first + 6) ? null : new Identity { Id = row.Id(first + 6), Username = row.TextOrNull(first + 7) },
        };
    }

    /// <summary><see cref="Columns"/>, then users.tenant_id (251aeba8), in the order <see cref="ReadWithTenant"/> takes them.</summary>
    public static string ColumnsWithTenant(string alias) => $"{Columns(alias)}, {alias}.\"tenant_id\"";

    /// <summary><see cref="Read"/>, with the tenant that follows the user's columns.</summary>
    public static User? ReadWithTenant(DbDataReader row, int first)
    {
        var user = Read(row, first);
        if (user is not null)
            user.TenantId = row.IdOrNull(first + ColumnCount);
        return user;
    }
}
