using Clawith.Graph.Auth;
using Microsoft.AspNetCore.Authorization;

namespace Clawith.Graph.Agents;

/// <summary>The agent's policy, kept with its rule: Auth names the policies, each feature defines its own.</summary>
public static class AgentPolicies
{
    public static IServiceCollection AddAgentPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.AgentAccess, policy => policy.RequireAuthenticatedUser().AddRequirements(new AgentAccessRequirement()));
        // Scoped, so the handler shares the request's DataLoaders (and their caches) with the resolvers.
        services.AddScoped<IAuthorizationHandler, AgentAccessHandler>();
        return services;
    }
}
