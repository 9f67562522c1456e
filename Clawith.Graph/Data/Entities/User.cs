namespace Clawith.Graph.Data.Entities;

public sealed class User
{
    public Guid Id { get; set; }
    public Guid? IdentityId { get; set; }
    public Identity? Identity { get; set; }
    public string DisplayName { get; set; } = "";
    public string? AvatarUrl { get; set; }
    /// <summary>The rights the user has: their stored role's, or a member's for a label this server does not know.</summary>
    public UserRole Role { get; set; } = UserRole.Member;

    /// <summary>
    /// The role as stored. It names <see cref="Role"/> unless the column holds a label this server does not
    /// know (SQLite's text column takes any). Not mapped: EF writes <see cref="Role"/>; reads set both.
    /// </summary>
    public string RoleLabel
    {
        get => field ?? Role.ToLabel();
        set;
    }

    public bool? IsActive { get; set; } = true;

    /// <summary>The user's tenant (251aeba8: chat needs one, A3); null without one, and on 225b36fd, whose rules have none.</summary>
    public Guid? TenantId { get; set; }
}
