namespace Clawith.Graph.Data.Entities;

public sealed class AgentPermission
{
    public Guid Id { get; set; }
    public Guid AgentId { get; set; }
    public PermissionScope ScopeType { get; set; }
    /// <summary>The user id for a <see cref="PermissionScope.User"/> row; null for company-wide rows.</summary>
    public Guid? ScopeId { get; set; }
    public string AccessLevel { get; set; } = "use";
}

/// <summary>Clawith's permission_scope_enum.</summary>
public enum PermissionScope
{
    Company,
    Department,
    User,
}
