namespace Clawith.Graph.Data.Entities;

/// <summary>
/// An event of an agent run (251aeba8), reduced to what a session's messages read: a delivery whose run failed,
/// which the message it delivered shows as its runtime_error (RULES M8). Clawith's row has a few more columns.
/// </summary>
public sealed class AgentRunEvent
{
    public Guid Id { get; set; }
    public Guid RunId { get; set; }
    public Guid TenantId { get; set; }
    public Guid? AgentId { get; set; }
    /// <summary>'delivery_succeeded', 'run_failed', …</summary>
    public string EventType { get; set; } = "";
    public string Summary { get; set; } = "";
    /// <summary>JSON; a delivery's holds message_id, lifecycle_status, failure_code, failure_message, trace_id.</summary>
    public string Payload { get; set; } = "{}";
    public string IdempotencyKey { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
