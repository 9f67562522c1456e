using Clawith.Graph.Agents;
using Clawith.Graph.Sessions;
using Microsoft.AspNetCore.Authorization;

namespace Clawith.Graph.Auth;

/// <summary>The named policies graph fields declare; each resource rule is one handler.</summary>
public static class Policies
{
    public const string Authenticated = nameof(Authenticated);
    /// <summary>The seed's check_agent_access; resource: <see cref="AgentResource"/>.</summary>
    public const string AgentAccess = nameof(AgentAccess);
    /// <summary>Scope ALL is for the admin roles; resource: the requested <see cref="SessionScope"/>.</summary>
    public const string SessionScope = nameof(SessionScope);
    /// <summary>The session's owner or an admin role; resource: <see cref="SessionResource"/>.</summary>
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
