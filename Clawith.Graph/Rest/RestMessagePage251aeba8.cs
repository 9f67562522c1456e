using System.Text.Json.Nodes;
using Clawith.Graph.Agents;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Messages;
using Clawith.Graph.Participants;
using Clawith.Graph.Schema.Paging;
using GraphQL.DataLoader;

namespace Clawith.Graph.Rest;

/// <summary>
/// Clawith 251aeba8's route (RULES M1–M10): <c>limit</c> messages (1–500, 20 by default) before the <c>before</c> cursor, by
/// (created_at, id), oldest first; from the graph's page loader, whose keyset is this one. A page costs the same statements whatever
/// its size: the page (with its senders), the senders' agents for an a2a session's names (one batch, usually loaded already by the
/// access check), the runtime errors of a direct session's replies (one).
/// </summary>
public sealed class RestMessagePage251aeba8(
    MessagePageLoader pages, ParticipantLoader participants, AgentLoader agents, DeliveryFailures failures) : IRestMessagePage
{
    public const int DefaultLimit = 20;

    public RestMessagePageRequest Read(IQueryCollection query) => new(
        RestInput.Integer(query, "limit", 1, PageRequest.MaxPageSize, DefaultLimit),
        // As Clawith's `if before:`, an empty cursor is none.
        query["before"].LastOrDefault() is { Length: > 0 } before ? before : null);

    public async Task<IEnumerable<JsonObject>> EntriesAsync(RestMessagePageRequest request, ChatSession session, CancellationToken cancellationToken)
    {
        // Read after the access checks, as Clawith parses it in the handler: a bad cursor on a session one may not read is a 403 or 404.
        var before = request.Before is { } cursor ? MessageCursor.Parse(cursor) : null;
        var page = await pages.LoadAsync(new MessagePageKey(session, MessageWindow.LatestBefore(request.Limit, before, request.Before)), cancellationToken);
        var nodes = page.Nodes.ToList();
        var senderNames = await SenderNamesAsync(session, nodes, cancellationToken);
        var errors = session.SessionType == SessionTypes.Direct
            ? await failures.OfAsync(session.TenantId!.Value, [.. nodes.Where(n => n.Message.Role == ChatRole.Assistant).Select(n => n.Message.Id)], cancellationToken)
            : new Dictionary<Guid, JsonObject>();
        return nodes.SelectMany(node => MessageEntries251aeba8.Of(node,
            node.Message.ParticipantId is { } sender ? senderNames.GetValueOrDefault(sender) : null,
            errors.GetValueOrDefault(node.Message.Id)));
    }

    /// <summary>
    /// M7: a2a sessions name their senders that are agent participants of an agent in the session's tenant ("Unknown" when
    /// unnamed); any other sender, and every sender elsewhere, goes unnamed.
    /// </summary>
    private async Task<IReadOnlyDictionary<Guid, string>> SenderNamesAsync(ChatSession session, List<MessageInSession> nodes, CancellationToken cancellationToken)
    {
        var names = new Dictionary<Guid, string>();
        if (session.SessionType != SessionTypes.AgentToAgent)
            return names;
        // Every load is asked for before any is awaited: one batch of each (the page query primed the participants).
        var senders = nodes.Select(n => n.Message.ParticipantId).OfType<Guid>().Distinct().Select(participants.Load).ToList();
        var agentSenders = new List<(Participant Sender, IDataLoaderResult<Agent?> Agent)>();
        foreach (var sender in senders)
            if (await sender.GetResultAsync(cancellationToken) is { Type: "agent" } participant)
                agentSenders.Add((participant, agents.Load(participant.RefId)));
        foreach (var (participant, agent) in agentSenders)
            if (await agent.GetResultAsync(cancellationToken) is { } found && found.TenantId == session.TenantId)
                names[participant.Id] = MessagePresentation.SenderName(participant);
        return names;
    }
}
