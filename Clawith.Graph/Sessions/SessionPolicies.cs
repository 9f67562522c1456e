using Clawith.Graph.Auth;
using Microsoft.AspNetCore.Authorization;

namespace Clawith.Graph.Sessions;

/// <summary>The sessions' policies, kept with their rules: Auth names the policies, each feature defines its own.</summary>
public static class SessionPolicies
{
    public static IServiceCollection AddSessionPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.SessionScope, policy => policy.RequireAuthenticatedUser().AddRequirements(new SessionScopeRequirement()))
            .AddPolicy(Policies.SessionAccess, policy => policy.RequireAuthenticatedUser().AddRequirements(new SessionAccessRequirement()));
        // Scoped, so the handlers share the request's DataLoaders (and their caches) with the resolvers.
        services.AddScoped<IAuthorizationHandler, SessionScopeHandler>();
        services.AddScoped<IAuthorizationHandler, SessionAccessHandler>();
        return services;
    }
}
