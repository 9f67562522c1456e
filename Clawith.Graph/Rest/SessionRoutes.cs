using Clawith.Graph.Agents;
using Clawith.Graph.Auth;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Clawith.Graph.Rest;

/// <summary>
/// List, create, rename and delete, checked in Clawith's REST module's order: a valid token, well-formed ids and
/// body, access to the agent, then the session's owner or an admin role.
/// </summary>
public static class SessionRoutes
{
    public static async Task<StreamedJsonArray<SessionOut>> ListAsync(
        HttpContext http, [FromRoute(Name = "agent_id")] string agentIdText, [FromQuery] string? scope,
        SessionListing listing, ISessionListNaming names, MessageCountLoader counts, ISessionOutFields fields, IRestListScope scopes)
    {
        var agentId = RestInput.Id(agentIdText, "agent_id");
        var listScope = await scopes.ReadWithAccessAsync(http, agentId, scope);
        await http.RequireAsync(Policies.SessionScope, new SessionScopeResource(agentId, listScope, http.RequestAborted));

        // Clawith's REST module answers with every session at once: one query lists them all, with the counts and
        // names the loaders below then find primed, whatever the list's length.
        var sessions = await listing.ListEverythingAsync(agentId, listScope, http.Caller(), http.RequestAborted);
        var listed = await ToSessionOutsAsync(sessions, agentId, listScope, names, counts, fields, http.Caller(), http.RequestAborted);
        return RestJson.Streamed(listed);
    }

    public static async Task<JsonHttpResult<SessionOut>> CreateAsync(
        HttpContext http, [FromRoute(Name = "agent_id")] string agentIdText, SessionCommands commands, ISessionOutFields fields)
    {
        var agentId = RestInput.Id(agentIdText, "agent_id");
        var body = await RestJson.ReadBodyAsync<CreateSessionIn>(http.Request, http.RequestAborted);
        await http.RequireAsync(Policies.AgentAccess, new AgentResource(agentId, http.RequestAborted));
        var title = body?.Title is { } requested ? ValidTitle(requested) : null;
        var session = await commands.CreateAsync(agentId, http.Caller(), title, http.RequestAborted);
        var created = await fields.Complete(SessionOut.Own(session, messageCount: 0), session, http.Caller()).GetResultAsync(http.RequestAborted);
        return RestJson.Result(created, StatusCodes.Status201Created);
    }

    public static async Task<JsonHttpResult<RenamedSessionOut>> RenameAsync(
        HttpContext http, [FromRoute(Name = "agent_id")] string agentIdText, [FromRoute(Name = "session_id")] string sessionIdText,
        SessionCommands commands)
    {
        var (agentId, sessionId) = Ids(agentIdText, sessionIdText);
        var body = await RestJson.ReadBodyAsync<PatchSessionIn>(http.Request, http.RequestAborted);
        if (body?.Title is not { } requested)
            throw RestRejection.Unprocessable("Field 'title' is required.");
        await RequireChangeAsync(http, agentId, sessionId);
        var session = await commands.RenameAsync(sessionId, ValidTitle(requested), http.RequestAborted)
            ?? throw new RestRejection(StatusCodes.Status404NotFound, SessionAccessHandler.NotFound);
        return RestJson.Result(new RenamedSessionOut(session.Id, session.Title));
    }

    public static async Task<NoContent> DeleteAsync(
        HttpContext http, [FromRoute(Name = "agent_id")] string agentIdText, [FromRoute(Name = "session_id")] string sessionIdText,
        SessionCommands commands)
    {
        var (agentId, sessionId) = Ids(agentIdText, sessionIdText);
        await RequireChangeAsync(http, agentId, sessionId);
        if (!await commands.DeleteAsync(sessionId, http.Caller(), http.RequestAborted))
            throw new RestRejection(StatusCodes.Status404NotFound, SessionAccessHandler.NotFound);
        return TypedResults.NoContent();
    }

    /// <summary>Both ids of a session's path; the group checked the token before (FastAPI resolves it before the path).</summary>
    internal static (Guid AgentId, Guid SessionId) Ids(string agentId, string sessionId) =>
        (RestInput.Id(agentId, "agent_id"), RestInput.Id(sessionId, "session_id"));

    private static async Task RequireChangeAsync(HttpContext http, Guid agentId, Guid sessionId)
    {
        await http.RequireAsync(Policies.AgentAccess, new AgentResource(agentId, http.RequestAborted));
        await http.RequireAsync(Policies.SessionAccess, SessionResource.ToChange(agentId, sessionId, http.RequestAborted));
    }

    private static string ValidTitle(string requested)
    {
        var (title, invalid) = SessionTitle.Validate(requested);
        return invalid is null ? title! : throw RestRejection.Unprocessable(invalid.Message);
    }

    /// <summary>Asks the loaders for the whole page's counts and names before awaiting any, so each is one batch.</summary>
    private static async Task<List<SessionOut>> ToSessionOutsAsync(
        List<ChatSession> sessions, Guid agentId, SessionScope scope, ISessionListNaming names, MessageCountLoader counts, ISessionOutFields fields,
        CurrentUser caller, CancellationToken cancellationToken)
    {
        var pending = sessions.Select(session => (
            Session: session,
            Count: counts.Load(session.Id),
            Names: scope == SessionScope.All ? names.Of(session, agentId) : null)).ToList();
        var outs = new List<SessionOut>(pending.Count);
        foreach (var (session, count, listedNames) in pending)
        {
            var messageCount = await count.GetResultAsync(cancellationToken);
            outs.Add(listedNames is null
                ? SessionOut.Own(session, messageCount)
                : SessionOut.Listed(session, messageCount, await listedNames.GetResultAsync(cancellationToken)));
        }
        // The generation's own fields, every session's asked for before any is awaited.
        var completed = outs.Select((entry, n) => fields.Complete(entry, sessions[n], caller)).ToList();
        for (var n = 0; n < completed.Count; n++)
            outs[n] = await completed[n].GetResultAsync(cancellationToken);
        return outs;
    }
}
