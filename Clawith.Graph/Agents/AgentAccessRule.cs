using Clawith.Graph.Auth;

namespace Clawith.Graph.Agents;

/// <summary>What an agent access check concludes: in, not found, or refused with a message.</summary>
public sealed record AgentAccessDecision(bool Granted, bool NotFound, string Message)
{
    public static AgentAccessDecision Grant { get; } = new(true, false, "");

    public static AgentAccessDecision Missing { get; } = new(false, true, AgentAccessHandler.NotFound);

    public static AgentAccessDecision Refuse(string message) => new(false, false, message);
}

/// <summary>
/// Who may use an agent, and who may see every user's sessions of it (view-all: listing ALL, reading and
/// changing another user's session): the generation's rules.
/// </summary>
public interface IAgentAccessRule
{
    /// <param name="grant">The agent and its sharing with the caller; null when no agent has the id.</param>
    AgentAccessDecision Decide(CurrentUser caller, AgentGrant? grant);

    /// <summary>Whether the caller sees every user's sessions of the agent (once agent access has passed).</summary>
    Task<bool> ViewsAllSessionsAsync(CurrentUser caller, Guid agentId, CancellationToken cancellationToken);
}
