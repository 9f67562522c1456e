using Clawith.Graph.Auth;
using Clawith.Graph.Data.Entities;

namespace Clawith.Graph.Agents;

/// <summary>
/// Clawith's REST module's check_agent_access: a missing agent is not found; a platform admin, the agent's creator and
/// users it is shared with (company-wide or to them) get in. View-all is the three admin roles.
/// </summary>
public sealed class AgentAccess225b36fd : IAgentAccessRule
{
    public AgentAccessDecision Decide(CurrentUser caller, AgentGrant? grant) =>
        grant is null ? AgentAccessDecision.Missing
        : caller.Role == UserRole.PlatformAdmin || grant.Agent.CreatorId == caller.Id || grant.SharedWithUser ? AgentAccessDecision.Grant
        : AgentAccessDecision.Refuse(AgentAccessHandler.Denied);

    public Task<bool> ViewsAllSessionsAsync(CurrentUser caller, Guid agentId, CancellationToken cancellationToken) =>
        Task.FromResult(caller.CanViewAllSessions);
}
