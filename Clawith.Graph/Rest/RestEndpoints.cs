using Clawith.Graph.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.WebUtilities;

namespace Clawith.Graph.Rest;

/// <summary>
/// Clawith's REST module's five chat-session routes (ARCHITECTURE §10), so a client of Clawith's REST API can move to
/// the graph one call at a time. They run the graph's own services, policies and loaders.
/// </summary>
public static class RestEndpoints
{
    public const string Prefix = "/api/agents";

    public static IEndpointRouteBuilder MapClawithRest(this IEndpointRouteBuilder endpoints)
    {
        // Authorized as a group: a route added without a check is closed, not anonymous (RestAuthorizationAnswers writes the 401).
        var agents = endpoints.MapGroup(Prefix).RequireAuthorization(Policies.Authenticated).AddEndpointFilter<RestRejectionFilter>();
        agents.MapGet("/{agent_id}/sessions", SessionRoutes.ListAsync);
        agents.MapPost("/{agent_id}/sessions", SessionRoutes.CreateAsync);
        agents.MapPatch("/{agent_id}/sessions/{session_id}", SessionRoutes.RenameAsync);
        agents.MapDelete("/{agent_id}/sessions/{session_id}", SessionRoutes.DeleteAsync);
        agents.MapGet("/{agent_id}/sessions/{session_id}/messages", MessageRoutes.ListAsync);
        return endpoints;
    }

    /// <summary>How the group's refusals are answered (FastAPI's bodies), and what only the routes read.</summary>
    public static IServiceCollection AddClawithRest(this IServiceCollection services) =>
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, RestAuthorizationAnswers>()
            .AddScoped<DeliveryFailures>();

    /// <summary>
    /// FastAPI answers a path or method it has no route for with <c>{"detail": "Not Found"}</c> or
    /// <c>{"detail": "Method Not Allowed"}</c>; under <see cref="Prefix"/>, so does this server.
    /// </summary>
    public static IApplicationBuilder UseClawithRestErrorBodies(this IApplicationBuilder app) =>
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            if (http.Request.Path.StartsWithSegments(Prefix))
                await RestJson.Result(new RestError(ReasonPhrases.GetReasonPhrase(http.Response.StatusCode)), http.Response.StatusCode)
                    .ExecuteAsync(http);
        });
}
