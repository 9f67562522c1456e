namespace Clawith.Graph.Data.Entities;

/// <summary>Who speaks in a conversation: a user or an agent (type is 'user' or 'agent').</summary>
public sealed class Participant
{
    public Guid Id { get; set; }
    public string Type { get; set; } = "user";
    public Guid RefId { get; set; }
    public string DisplayName { get; set; } = "";
    public string? AvatarUrl { get; set; }
}
