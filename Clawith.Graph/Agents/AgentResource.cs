namespace Clawith.Graph.Agents;

/// <summary>What the AgentAccess policy judges: an agent, by id.</summary>
public sealed record AgentResource(Guid AgentId, CancellationToken CancellationToken);
