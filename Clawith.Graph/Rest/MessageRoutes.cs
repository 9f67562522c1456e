using System.Text.Json.Nodes;
using Clawith.Graph.Agents;
using Clawith.Graph.Auth;
using Clawith.Graph.Messages;
using Clawith.Graph.Participants;
using Clawith.Graph.Sessions;
using Microsoft.AspNetCore.Mvc;

namespace Clawith.Graph.Rest;

/// <summary>
/// A session's messages (its owner's read marks it read, M6): the latest 500, oldest first, from the same page loader as the graph, streamed
/// as their entries are made (<see cref="RestJson.Streamed{T}"/>): up to 500 × 100,000 characters.
/// </summary>
public static class MessageRoutes
{
    public static async Task<StreamedJsonArray<JsonObject>> ListAsync(
        HttpContext http, [FromRoute(Name = "agent_id")] string agentIdText, [FromRoute(Name = "session_id")] string sessionIdText,
        SessionLoader sessions, MessagePageLoader pages, ParticipantLoader participants, IReadMarks readMarks)
    {
        var cancellationToken = http.RequestAborted;
        var (agentId, sessionId) = SessionRoutes.Ids(agentIdText, sessionIdText);
        await http.RequireAsync(Policies.AgentAccess, new AgentResource(agentId, cancellationToken));
        await http.RequireAsync(Policies.SessionAccess, SessionResource.ToRead(agentId, sessionId, cancellationToken));

        // The access check loaded the session; the loader hands back the same row.
        var session = await sessions.LoadAsync(sessionId, cancellationToken)
            ?? throw new RestRejection(StatusCodes.Status404NotFound, SessionAccessHandler.NotFound);
        var page = await pages.LoadAsync(new MessagePageKey(session, MessageWindow.Latest), cancellationToken);
        // Clawith's web app clears a badge by reading the session (RULES M6): its owner's read marks it read, on every call.
        // The generation's rule writes (251aeba8: direct sessions only; 225b36fd keeps no read marks).
        if (session.UserId == http.Caller().Id)
            await readMarks.MarkReadAsync(session, http.Caller(), cancellationToken);
        // Every sender is asked for before any is awaited: the page query primed them, and any it
        // could not find (a vanished participant) are looked up together in one batch.
        var withSenders = page.Nodes.Select(node => (Node: node,
            Sender: MessagePresentation.ShowsSenderName(node) ? participants.Load(node.Message.ParticipantId!.Value) : null)).ToList();
        var named = new List<(MessageInSession Node, string? SenderName)>(withSenders.Count);
        foreach (var (node, sender) in withSenders)
            named.Add((node, sender is null ? null : MessagePresentation.SenderName(await sender.GetResultAsync(cancellationToken))));
        return RestJson.Streamed(named.SelectMany(message => MessageEntries.Of(message.Node, message.SenderName)));
    }
}
