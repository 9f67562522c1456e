namespace Clawith.Graph.Data.Entities;

/// <summary>A login identity; Clawith keeps the username here, not on the user.</summary>
public sealed class Identity
{
    public Guid Id { get; set; }
    public string? Username { get; set; }
}
