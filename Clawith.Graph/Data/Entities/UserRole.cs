using Clawith.Graph.Data;

namespace Clawith.Graph.Data.Entities;

/// <summary>Clawith's user_role_enum, stored as its snake_case label.</summary>
public enum UserRole
{
    PlatformAdmin,
    OrgAdmin,
    AgentAdmin,
    Member,
}

public static class UserRoleLabels
{
    /// <summary>The roles the seed lets list, read and change other users' sessions.</summary>
    public static bool CanViewAllSessions(this UserRole role) =>
        role is UserRole.PlatformAdmin or UserRole.OrgAdmin or UserRole.AgentAdmin;

    public static string ToLabel(this UserRole role) => StorageConventions.ToSnakeCase(role.ToString());

    public static UserRole Parse(string label) => Enum.Parse<UserRole>(label.Replace("_", ""), ignoreCase: true);
}
