using GraphQL;

namespace Clawith.Graph.Agents;

/// <summary>What the AgentAccess policy judges: an agent, by id.</summary>
public sealed record AgentResource(Guid AgentId, CancellationToken CancellationToken)
{
    /// <summary>The agent a root field names in its <c>agentId</c> argument.</summary>
    public static AgentResource FromArgument(IResolveFieldContext context) =>
        new(context.GetArgument<Guid>("agentId"), context.CancellationToken);
}
