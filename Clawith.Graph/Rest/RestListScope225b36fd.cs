using Clawith.Graph.Agents;
using Clawith.Graph.Auth;
using Clawith.Graph.Sessions;

namespace Clawith.Graph.Rest;

/// <summary>225b36fd: the scope is read with the path, as FastAPI reads a query, before the agent is looked up.</summary>
public sealed class RestListScope225b36fd : IRestListScope
{
    public async Task<SessionScope> ReadWithAccessAsync(HttpContext http, Guid agentId, string? scope)
    {
        var listScope = RestInput.Scope(scope);
        await http.RequireAsync(Policies.AgentAccess, new AgentResource(agentId, http.RequestAborted));
        return listScope;
    }
}
