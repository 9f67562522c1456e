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
    /// <summary>The roles Clawith's REST module lets list, read and change other users' sessions.</summary>
    public static bool CanViewAllSessions(this UserRole role) =>
        role is UserRole.PlatformAdmin or UserRole.OrgAdmin or UserRole.AgentAdmin;

    public static string ToLabel(this UserRole role) => StoredLabels<UserRole>.Of(role);

    /// <summary>
    /// The rights a stored label gives: its role's, or for a label this server does not know (another
    /// writer's role, a number) the least, a member's. The label itself is kept (<see cref="User.RoleLabel"/>).
    /// </summary>
    public static UserRole RightsOf(string label) => StoredLabels<UserRole>.TryParse(label, out var role) ? role : UserRole.Member;
}
