namespace Clawith.Graph.Data.Entities;

/// <summary>A command queued for an agent run (251aeba8): deleting a session queues a 'cancel' for each of its runs (RULES D4).</summary>
public sealed class AgentRunCommand
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid RunId { get; set; }
    /// <summary>'start', 'resume' or 'cancel'.</summary>
    public string CommandType { get; set; } = "";
    /// <summary>JSON.</summary>
    public string Payload { get; set; } = "{}";
    public Guid? ActorUserId { get; set; }
    public string IdempotencyKey { get; set; } = "";
    public string Status { get; set; } = "pending";
    public int AttemptCount { get; set; }
    public DateTime CreatedAt { get; set; }
}
