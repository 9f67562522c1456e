using Microsoft.AspNetCore.Authorization;

namespace Clawith.Graph.Auth;

/// <summary>
/// The named policies graph fields and REST routes declare. Auth defines <see cref="Authenticated"/>; each
/// resource rule is defined by its feature, beside its handler (AgentPolicies, SessionPolicies), so Auth
/// depends on no feature.
/// </summary>
public static class Policies
{
    public const string Authenticated = nameof(Authenticated);
    /// <summary>The seed's check_agent_access; resource: Agents.AgentResource.</summary>
    public const string AgentAccess = nameof(AgentAccess);
    /// <summary>Scope ALL is for the admin roles; resource: the requested Sessions.SessionScope.</summary>
    public const string SessionScope = nameof(SessionScope);
    /// <summary>The session's owner or an admin role; resource: Sessions.SessionResource.</summary>
    public const string SessionAccess = nameof(SessionAccess);

    public static IServiceCollection AddClawithPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Authenticated, policy => policy.RequireAuthenticatedUser());
        return services;
    }
}
