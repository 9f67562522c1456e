namespace Clawith.Graph.Data.Entities;

public sealed class Agent
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string? AvatarUrl { get; set; }
    public Guid CreatorId { get; set; }

    // 251aeba8's columns (not mapped on 225b36fd): the tenant, who may use the agent, and soft deletion.
    public Guid? TenantId { get; set; }

    /// <summary>'company', 'private' or 'custom' (RULES A7–A9); Clawith reads a missing one as 'company'.</summary>
    public string? AccessMode { get; set; }

    public DateTime? DeletedAt { get; set; }
}

/// <summary>The values of agents.access_mode (251aeba8).</summary>
public static class AgentAccessModes
{
    public const string Company = "company";
    public const string Private = "private";
    public const string Custom = "custom";
}
