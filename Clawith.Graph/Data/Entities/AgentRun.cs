namespace Clawith.Graph.Data.Entities;

/// <summary>
/// A run of Clawith's durable agent runtime (251aeba8), reduced to what deleting a session reads: which runs
/// a session started, and their delegated children (RULES D4). Clawith's row has many more columns.
/// </summary>
public sealed class AgentRun
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid? AgentId { get; set; }
    public Guid? SessionId { get; set; }
    public Guid? ParentRunId { get; set; }
    /// <summary>'foreground', 'background', 'delegated' or 'orchestration'.</summary>
    public string RunKind { get; set; } = "foreground";
    public DateTime CreatedAt { get; set; }
}
