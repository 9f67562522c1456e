namespace Clawith.Graph.Rest;

/// <summary>
/// The seed's five chat-session routes (CONTRACT §10), so a client of Clawith's REST API can move to
/// the graph one call at a time. They run the graph's own services, policies and loaders.
/// </summary>
public static class RestEndpoints
{
    public const string Prefix = "/api/agents";

    public static IEndpointRouteBuilder MapClawithRest(this IEndpointRouteBuilder endpoints)
    {
        var agents = endpoints.MapGroup(Prefix).AddEndpointFilter<RestRejectionFilter>();
        agents.MapGet("/{agent_id}/sessions", SessionRoutes.ListAsync);
        agents.MapPost("/{agent_id}/sessions", SessionRoutes.CreateAsync);
        agents.MapPatch("/{agent_id}/sessions/{session_id}", SessionRoutes.RenameAsync);
        agents.MapDelete("/{agent_id}/sessions/{session_id}", SessionRoutes.DeleteAsync);
        agents.MapGet("/{agent_id}/sessions/{session_id}/messages", MessageRoutes.ListAsync);
        return endpoints;
    }
}
