using Clawith.Graph.Auth;
using Clawith.Graph.Data.Entities;

namespace Clawith.Graph.Agents;

/// <summary>
/// Clawith 251aeba8's check_agent_access for chat (RULES A3–A10): a caller without a tenant is refused
/// first (A3); an agent that is missing, soft-deleted or of another tenant than the token's is not found (A4), one
/// of another tenant than the user's is refused (A5); then the
/// creator (A6), a platform or org admin unless the agent is private (A7), anyone in company mode, and in
/// custom mode a user row with 'use' or 'manage' (A8). An empty access_mode reads as company, as in Clawith;
/// an unknown one admits only the creator and the admins. View-all is the three admin roles or the agent's
/// creator (A10).
/// </summary>
public sealed class AgentAccess251aeba8(AgentGrantLoader grants) : IAgentAccessRule
{
    public const string TenantRequired = "A tenant is required for chat sessions";

    public AgentAccessDecision Decide(CurrentUser caller, AgentGrant? grant)
    {
        if (caller.TenantId is not { } tenant)
            return AgentAccessDecision.Refuse(TenantRequired);
        // Clawith finds the agent in the tenant its token names (A2, A4), and only then compares it with the user's own (A5);
        // the two differ only for a token issued before its user moved. A token naming none is read as the user's tenant.
        if (grant?.Agent is not { DeletedAt: null } agent || agent.TenantId != (caller.TokenTenantId ?? tenant))
            return AgentAccessDecision.Missing;
        if (agent.TenantId != tenant)
            return AgentAccessDecision.Refuse(AgentAccessHandler.Denied);
        var mode = string.IsNullOrEmpty(agent.AccessMode) ? AgentAccessModes.Company : agent.AccessMode;
        var admin = caller.Role is UserRole.PlatformAdmin or UserRole.OrgAdmin;
        var uses = agent.CreatorId == caller.Id
            || (admin && mode != AgentAccessModes.Private)
            || mode == AgentAccessModes.Company
            || (mode == AgentAccessModes.Custom && grant.SharedWithUser);
        return uses ? AgentAccessDecision.Grant : AgentAccessDecision.Refuse(AgentAccessHandler.Denied);
    }

    public async Task<bool> ViewsAllSessionsAsync(CurrentUser caller, Guid agentId, CancellationToken cancellationToken) =>
        caller.CanViewAllSessions || (await grants.LoadAsync((agentId, caller.Id), cancellationToken))?.Agent.CreatorId == caller.Id;
}
