namespace Clawith.Graph.Data.Entities;

public sealed class Agent
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string? AvatarUrl { get; set; }
    public Guid CreatorId { get; set; }
}
