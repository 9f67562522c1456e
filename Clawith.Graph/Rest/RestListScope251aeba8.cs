using Clawith.Graph.Agents;
using Clawith.Graph.Auth;
using Clawith.Graph.Sessions;

namespace Clawith.Graph.Rest;

/// <summary>
/// 251aeba8 (RULES L1): the route takes any text as its scope and checks access to the agent first; only then is a
/// scope other than "mine" or "all" refused, with Clawith's 400.
/// </summary>
public sealed class RestListScope251aeba8 : IRestListScope
{
    public const string Invalid = "scope must be 'mine' or 'all'";

    public async Task<SessionScope> ReadWithAccessAsync(HttpContext http, Guid agentId, string? scope)
    {
        await http.RequireAsync(Policies.AgentAccess, new AgentResource(agentId, http.RequestAborted));
        return RestInput.ScopeOrNull(scope) ?? throw new RestRejection(StatusCodes.Status400BadRequest, Invalid);
    }
}
