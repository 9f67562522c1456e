using Clawith.Graph.Agents;
using Clawith.Graph.Sessions;
using Microsoft.AspNetCore.Authorization;

namespace Clawith.Graph.Auth;

/// <summary>The named policies graph fields declare; each resource rule is one handler.</summary>
public static class Policies
{
    public const string Authenticated = nameof(Authenticated);
    /// <summary>Agent access (the generation's <see cref="IAgentAccessRule"/>); resource: <see cref="AgentResource"/>.</summary>
    public const string AgentAccess = nameof(AgentAccess);
    /// <summary>Scope ALL is for those who view all of the agent's sessions; resource: <see cref="Sessions.SessionScopeResource"/>.</summary>
    public const string SessionScope = nameof(SessionScope);
    /// <summary>The session found under the agent, then its owner or one who views all; resource: <see cref="SessionResource"/>.</summary>
    public const string SessionAccess = nameof(SessionAccess);

    public static IServiceCollection AddClawithPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Authenticated, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(AgentAccess, policy => policy.RequireAuthenticatedUser().AddRequirements(new AgentAccessRequirement()))
            .AddPolicy(SessionScope, policy => policy.RequireAuthenticatedUser().AddRequirements(new SessionScopeRequirement()))
            .AddPolicy(SessionAccess, policy => policy.RequireAuthenticatedUser().AddRequirements(new SessionAccessRequirement()));
        // Scoped, so the handlers share the request's DataLoaders (and their caches) with the resolvers.
        services.AddScoped<IAuthorizationHandler, AgentAccessHandler>();
        services.AddScoped<IAuthorizationHandler, SessionScopeHandler>();
        services.AddScoped<IAuthorizationHandler, SessionAccessHandler>();
        return services;
    }
}
