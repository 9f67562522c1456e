namespace Clawith.Graph.Data.Entities;

public sealed class User
{
    public Guid Id { get; set; }
    public Guid? IdentityId { get; set; }
    public Identity? Identity { get; set; }
    public string DisplayName { get; set; } = "";
    public string? AvatarUrl { get; set; }
    public UserRole Role { get; set; } = UserRole.Member;
    public bool? IsActive { get; set; } = true;
}
