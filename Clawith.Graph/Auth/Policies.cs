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
    /// <summary>Agent access, the generation's rule (Agents.IAgentAccessRule); resource: Agents.AgentResource.</summary>
    public const string AgentAccess = nameof(AgentAccess);
    /// <summary>Scope ALL is for those who view all of the agent's sessions; resource: Sessions.SessionScopeResource.</summary>
    public const string SessionScope = nameof(SessionScope);
    /// <summary>The session found under the agent, then its owner or one who views all; resource: Sessions.SessionResource.</summary>
    public const string SessionAccess = nameof(SessionAccess);

    public static IServiceCollection AddClawithPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Authenticated, policy => policy.RequireAuthenticatedUser());
        return services;
    }
}
