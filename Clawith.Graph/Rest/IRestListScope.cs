using Clawith.Graph.Sessions;

namespace Clawith.Graph.Rest;

/// <summary>
/// The listing route's <c>?scope=</c> and its access check to the agent, in the order the generation's route runs
/// them: 225b36fd reads the scope with the path (a bad one is a 422 before the agent is looked up); 251aeba8
/// checks access first and then refuses a bad scope with a 400 (RULES L1).
/// </summary>
public interface IRestListScope
{
    /// <summary>The scope asked for ("mine" when none is), once the caller may use the agent.</summary>
    Task<SessionScope> ReadWithAccessAsync(HttpContext http, Guid agentId, string? scope);
}
