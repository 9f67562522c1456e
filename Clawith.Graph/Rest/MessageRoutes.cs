using System.Text.Json.Nodes;
using Clawith.Graph.Agents;
using Clawith.Graph.Auth;
using Clawith.Graph.Sessions;
using Microsoft.AspNetCore.Mvc;

namespace Clawith.Graph.Rest;

/// <summary>
/// A session's messages, as the generation's route answers them (<see cref="IRestMessagePage"/>: 225b36fd the latest 500,
/// 251aeba8 pages of <c>limit</c> before a cursor), streamed as their entries are made (<see cref="RestJson.Streamed{T}"/>).
/// Its owner's read marks it read (M6).
/// </summary>
public static class MessageRoutes
{
    public static async Task<StreamedJsonArray<JsonObject>> ListAsync(
        HttpContext http, [FromRoute(Name = "agent_id")] string agentIdText, [FromRoute(Name = "session_id")] string sessionIdText,
        SessionLoader sessions, IRestMessagePage messages, IReadMarks readMarks)
    {
        var cancellationToken = http.RequestAborted;
        var (agentId, sessionId) = SessionRoutes.Ids(agentIdText, sessionIdText);
        // FastAPI checks the query with the path, before the handler's checks run (M1).
        var request = messages.Read(http.Request.Query);
        await http.RequireAsync(Policies.AgentAccess, new AgentResource(agentId, cancellationToken));
        await http.RequireAsync(Policies.SessionAccess, SessionResource.ToRead(agentId, sessionId, cancellationToken));

        // The access check loaded the session; the loader hands back the same row.
        var session = await sessions.LoadAsync(sessionId, cancellationToken)
            ?? throw new RestRejection(StatusCodes.Status404NotFound, SessionAccessHandler.NotFound);
        var entries = await messages.EntriesAsync(request, session, cancellationToken);
        // Clawith's web app clears a badge by reading the session (RULES M6): its owner's read marks it read, on every call.
        // The generation's rule writes (251aeba8: direct sessions only; 225b36fd keeps no read marks).
        if (session.UserId == http.Caller().Id)
            await readMarks.MarkReadAsync(session, http.Caller(), cancellationToken);
        return RestJson.Streamed(entries);
    }
}
